using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>A ClaimBuster sentence: id, text, and label (1 = check-worthy factual).</summary>
public sealed record LabelledSentence(int Id, string Text, int Label);
