using NewsLens.Analyzers.Outlets;
using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>
/// A source the article leans on, with every mention of it (UTF-16 spans, text order) and every outbound link tied to it.
/// <see cref="Outlet"/> is the registry entry when the source is (or belongs to) a rated outlet; its ratings come from the
/// registry, never from the article text. <see cref="Anonymous"/> is true for unnamed sources ("a source", "officials").
/// <see cref="Hedges"/> are hedge words in the sentences that cite it.
/// </summary>
public sealed record CitedSource(
    int Id,
    SourceType Type,
    string Name,
    bool Anonymous,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<string> Links,
    OutletRecord? Outlet,
    IReadOnlyList<Hedge> Hedges,
    int Attributions) : IHighlightable, ICaptioned
{
    /// <summary>The source's name, printed on its mentions in reports.</summary>
    public string Caption => Name;

    public IEnumerable<TextSpan> GetSpans() => [.. Mentions, .. Hedges.Select(h => h.Span)];

    public IEnumerable<Highlight> GetHighlights()
    {
        string detail = Outlet is { } o
            ? $"{Type.ToString().ToLowerInvariant()}: {Name} (rated by MBFC: {o.Category})"
            : $"{Type.ToString().ToLowerInvariant()}: {Name}{(Anonymous ? " (anonymous)" : "")}";
        foreach (var m in Mentions) yield return new Highlight(m, "source-" + Type.ToString().ToLowerInvariant(), detail, $"source-{Id}");
        foreach (var h in Hedges) yield return new Highlight(h.Span, "hedge", $"Hedge around a citation of {Name}", $"source-{Id}");
    }
}
