using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>An attribution found for a claim in the optional <c>attributions</c> layer: the highlighted span, its label and detail.</summary>
public sealed record ClaimAttribution(TextSpan Span, string Label, string? Detail);
