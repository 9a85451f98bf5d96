namespace NewsLens.Text;

/// <summary>
/// One highlighted span as a report shows it: <paramref name="Label"/> is a short class name (e.g. a technique),
/// <paramref name="Detail"/> a human-readable explanation shown on hover/focus.
/// <paramref name="Group"/>, when set, ties highlights that belong together (a quote's source, cue and content).
/// </summary>
public sealed record Highlight(TextSpan Span, string Label, string? Detail = null, string? Group = null);

/// <summary>
/// An annotation that can be shown as one or more highlights in a report. Highlights carry display text, so they are
/// built for reports only; <see cref="ISpanned.GetSpans"/> gives the spans without it.
/// </summary>
public interface IHighlightable : ISpanned
{
    IEnumerable<Highlight> GetHighlights();
}
