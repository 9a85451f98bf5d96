namespace NewsLens.Analyzers.Style;

/// <summary>
/// Counts that other analyzers' layers can contribute to the style profile. Every field is optional: null means
/// "that layer was not computed", which is different from zero.
/// </summary>
/// <param name="Attributions">attributed statements (quotes, reported speech) in the article.</param>
/// <param name="NamedSourceAttributions">of those, the ones whose source is a named person or organisation.</param>
/// <param name="Claims">check-worthy claims.</param>
/// <param name="Techniques">propaganda-technique spans per technique name.</param>
public sealed record StyleSignals(
    int? Attributions = null,
    int? NamedSourceAttributions = null,
    int? Claims = null,
    IReadOnlyDictionary<string, int>? Techniques = null);
