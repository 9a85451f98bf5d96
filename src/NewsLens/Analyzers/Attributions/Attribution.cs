using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// One attribution relation: <see cref="Source"/> (who; null when the text gives none) says, via <see cref="Cue"/>,
/// <see cref="Content"/> (what). <see cref="Content"/> covers the whole content; <see cref="ContentParts"/> lists its
/// pieces in text order when the source and cue interrupt it (one part otherwise). All spans are UTF-16 offsets into the
/// document text. <see cref="Unclosed"/> marks content that starts at a quote mark whose closing mark is missing.
/// <see cref="Confidence"/> is the model's score for the cue, in [0, 1].
/// </summary>
public sealed record Attribution(
    TextSpan? Source,
    TextSpan Cue,
    TextSpan Content,
    IReadOnlyList<TextSpan> ContentParts,
    AttributionKind Kind,
    Speaker? Speaker,
    bool Unclosed,
    double Confidence) : IHighlightable, IScored, ICaptioned
{
    /// <summary>Who says it, printed on the quote in reports.</summary>
    public string Caption => Speaker?.Name ?? "unnamed source";

    public IEnumerable<TextSpan> GetSpans()
    {
        if (Source is { } s) yield return s;
        yield return Cue;
        yield return Content;
        foreach (var part in ContentParts) yield return part;
        if (Speaker?.Mention is { } m) yield return m;
    }

    public IEnumerable<Highlight> GetHighlights()
    {
        string group = $"attr-{Cue.Start}";
        string who = Speaker?.Name ?? "unnamed source";
        if (Source is { } s) yield return new Highlight(s, "source", $"Source: {who}", group);
        yield return new Highlight(Cue, "cue", $"Attribution cue ({Kind.ToString().ToLowerInvariant()})", group);
        foreach (var part in ContentParts)
            yield return new Highlight(part, "content", $"Attributed to {who}{(Unclosed ? " (quote not closed)" : "")}", group);
    }
}
