using NewsLens.Analyzers.Attributions;

namespace NewsLens.Training.Attributions;

/// <summary>Counts for one role under one matching rule, with precision, recall and F1 (0 when undefined).</summary>
public sealed record SpanScore(string Role, string Match, int Predicted, int Gold, int MatchedPredicted, int MatchedGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
