using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>The figures <see cref="ClaimTrainer.Evaluate"/> measured.</summary>
public sealed record ClaimEvaluation(
    double Map2019Debates,
    double Map2020Debates,
    double TranscriptThreshold,
    double Tweets2020DevMap,
    double Tweets2020DevP30,
    double Tweets2020DevF1,
    double Tweets2022DevMap,
    double Tweets2022DevF1,
    IReadOnlyDictionary<string, (double F1, double MacroF1, double Precision, double Recall)> ClaimBuster,
    double TweetThreshold);
