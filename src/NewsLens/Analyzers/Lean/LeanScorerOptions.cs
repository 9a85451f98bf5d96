namespace NewsLens.Analyzers.Lean;

/// <summary>Options of the <see cref="LeanScorer"/>.</summary>
public sealed record LeanScorerOptions
{
    /// <summary>Reasons listed, strongest first.</summary>
    public int TopReasons { get; init; } = 8;
    /// <summary>Occurrences listed per reason, text order.</summary>
    public int MaxSpansPerReason { get; init; } = 5;
    /// <summary>False writes only the probabilities and the label (no reasons): the fast path for bulk classification.</summary>
    public bool Explain { get; init; } = true;
}
