using NewsLens.Text;

namespace NewsLens.Reports.View;

/// <summary>
/// One thing a reader can point at in one layer: the highlights of one annotation that belong together (a quote's
/// source, cue and content; one technique span). <see cref="Index"/> is its place in <see cref="LayerView.Items"/>,
/// <see cref="Kind"/> the label of its first highlight (a technique's id), <see cref="Confidence"/> null when the
/// annotation has none.
/// </summary>
internal sealed record ViewItem(int Index, string Caption, string Kind, double? Confidence, IReadOnlyList<Highlight> Highlights, object? Annotation)
{
    /// <summary>Where the item starts: the earliest of its highlights (they are never empty).</summary>
    public int Start => Highlights.Min(h => h.Span.Start);

    /// <summary>The span of its text a list shows: the content of a quote, else its longest highlight.</summary>
    public TextSpan MainSpan => Highlights.FirstOrDefault(h => h.Label == "content")?.Span
        ?? Highlights.MaxBy(h => h.Span.Length)!.Span;
}
