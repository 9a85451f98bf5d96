using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Finds attribution relations (source, cue, content) in a document with the trained <see cref="AttributionModel"/>:
/// a B/I/O cue tagger, a ranker over source spans near each cue (or none), and start/end rankers over the cue's
/// paragraph (extended over multi-paragraph quotes and "X said:" block quotations) for the content. Then classifies
/// each relation's kind, cuts the source and cue out of content that wraps around them, and resolves speakers.
/// Stateless and thread-safe after construction; never throws on malformed quote marks.
/// </summary>
public sealed class AttributionExtractor : IAnalyzer
{
    private readonly AttributionModel _model;

    public AttributionExtractor(AttributionModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Info = new AnalyzerInfo("newslens.attributions.v1", "1.0.0", model.Sha256);
    }

    public AnalyzerInfo Info { get; }
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [AttributionLayers.Attributions, AttributionLayers.Quotations];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var view = new TokenView(document);
        var found = Extract(view, cancellationToken);
        document.Set(AttributionLayers.Quotations, view.Quotes);
        document.Set(AttributionLayers.Attributions, found);
    }

    /// <summary>Extracts the relations of <paramref name="document"/> without writing layers.</summary>
    public IReadOnlyList<Attribution> Extract(Document document, CancellationToken cancellationToken = default) =>
        Extract(new TokenView(document), cancellationToken);

    internal List<Attribution> Extract(TokenView v, CancellationToken ct)
    {
        var decoder = new AttributionDecoder(_model);
        var resolver = new SpeakerResolver(v.Doc);
        var scratch = new List<(int, int)>();
        var result = new List<Attribution>();
        foreach (var (cs, ce, conf) in decoder.TagCues(v))
        {
            ct.ThrowIfCancellationRequested();
            var (a, b) = decoder.BestSource(v, cs, ce, scratch);
            var (s, e) = decoder.BestContent(v, cs, ce);
            if (s < 0) continue;
            if (a >= 0 && a <= e && b >= s && !(a > s && b < e)) (s, e) = TrimOverlap(s, e, a, b, cs);
            if (s < 0 || e < s) continue;
            result.Add(Build(v, cs, ce, a, b, s, e, conf, a >= 0 ? resolver.Resolve(a, b) : null));
        }
        return result;
    }

    // Content that merely touches the source loses the overlapping tokens on the cue's side.
    private static (int, int) TrimOverlap(int s, int e, int a, int b, int cs)
    {
        if (a <= s) return (b + 1, e);
        if (b >= e) return (s, a - 1);
        return cs > b ? (s, a - 1) : (b + 1, e);
    }

    private static Attribution Build(TokenView v, int cs, int ce, int a, int b, int s, int e, double conf, Speaker? speaker)
    {
        var doc = v.Doc;
        var cue = new TextSpan(v.Span(cs).Start, v.Span(ce).End);
        TextSpan? source = a >= 0 ? new TextSpan(v.Span(a).Start, v.Span(b).End) : null;
        var parts = new List<TextSpan>(2);
        if (s < cs && e > ce)
        {
            // Content wraps around the cue (and the source beside it): cut both out, with the punctuation that frames them.
            int x = cs, y = ce;
            if (a >= 0 && a > s && b < e) { x = Math.Min(x, a); y = Math.Max(y, b); }
            int leftEnd = x - 1;
            while (leftEnd >= s && v.Shape[leftEnd] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) leftEnd--;
            int rightStart = y + 1;
            while (rightStart <= e && v.Shape[rightStart] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon or TokenView.ShStop) rightStart++;
            if (leftEnd >= s) parts.Add(new TextSpan(v.Span(s).Start, v.Span(leftEnd).End));
            if (rightStart <= e) parts.Add(new TextSpan(v.Span(rightStart).Start, v.Span(e).End));
        }
        if (parts.Count == 0) parts.Add(new TextSpan(v.Span(s).Start, v.Span(e).End));
        var content = parts[0].Cover(parts[^1]);
        bool unclosed = false, anyQuote = false;
        foreach (var q in v.Quotes)
        {
            if (q.Depth != 0 || !q.Span.Overlaps(content)) continue;
            anyQuote = true;
            unclosed |= q.Unclosed;
        }
        var kind = AttributionKind.Indirect;
        bool startsQuoted = v.QuoteMark[s] == QuoteScanner.Open || (s > 0 && v.QuoteMark[s - 1] == QuoteScanner.Open);
        bool endsQuoted = v.QuoteMark[e] == QuoteScanner.Close || (e + 1 < v.Count && v.QuoteMark[e + 1] == QuoteScanner.Close) || (unclosed && v.ParaEnd[e]);
        if (v.Para[s] != v.Para[ce] && s > ce && startsQuoted | !anyQuote) kind = AttributionKind.Block;
        else if (startsQuoted && endsQuoted) kind = AttributionKind.Direct;
        else if (anyQuote) kind = AttributionKind.Mixed;
        if (v.Para[s] != v.Para[ce] && s > ce) kind = AttributionKind.Block;
        _ = doc;
        return new Attribution(source, cue, content, parts, kind, speaker, unclosed, Math.Round(conf, 4));
    }
}
