using NewsLens.Text;

namespace NewsLens.Reports.Html;

/// <summary>A maximal run of text over which the same set of highlights is active.</summary>
internal sealed record HighlightSegment<T>(TextSpan Span, IReadOnlyList<(T Owner, Highlight Highlight)> Active);
