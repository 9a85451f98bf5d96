using NewsLens.FactChecks;

namespace NewsLens.Training.FactChecks;

/// <summary>What a training run produced: the re-ranker, the chosen settings and every score, by split and system.</summary>
public sealed record FactCheckTrainingResult(
    FactCheckReRanker Model,
    double L2,
    float LexicalWeight,
    IReadOnlyList<(string System, string Split, RetrievalScores Scores)> Scores,
    double CandidateRecall,
    int TrainingPairs,
    int Positives);
