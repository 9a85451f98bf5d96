namespace NewsLens.Analyzers.Style;

/// <summary>Options of the <see cref="StyleProfiler"/>.</summary>
public sealed record StyleProfilerOptions
{
    /// <summary>Where optional signals (attributions, claims, techniques) come from; later sources fill what earlier ones left null.</summary>
    public IReadOnlyList<IStyleSignalSource> SignalSources { get; init; } = [];

    /// <summary>The word lists; the embedded ones by default.</summary>
    public Lexical.Lexicon? Lexicon { get; init; }
}
