using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// The attribution a claim's sentence lies in, read from the attributions layer.
/// </summary>
/// <param name="Source">Where the text names who says it; null when it names no one.</param>
/// <param name="Cue">The attribution cue ("said", "according to").</param>
/// <param name="Speaker">The speaker the source resolves to (a name, or the source's own words for a group or an
/// unresolved description); null when there is no source.</param>
public sealed record ClaimAttribution(TextSpan? Source, TextSpan Cue, string? Speaker);
