using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>A hedge word or phrase next to a citation ("allegedly", "reportedly", "could not be independently verified").</summary>
public sealed record Hedge(TextSpan Span, string Text);
