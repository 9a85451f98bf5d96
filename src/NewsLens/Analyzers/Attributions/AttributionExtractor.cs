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
        Requires = model.UsesEncoder ? [NewsLens.Vectors.VectorLayers.Tokens] : [];
    }

    public AnalyzerInfo Info { get; }
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [AttributionLayers.Attributions, AttributionLayers.Quotations];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var view = View(document);
        var found = Extract(view, cancellationToken);
        document.Set(AttributionLayers.Quotations, ScareQuoteRule.Mark(view, found));
        document.Set(AttributionLayers.Attributions, found);
    }

    /// <summary>Extracts the relations of <paramref name="document"/> without writing layers.</summary>
    /// <exception cref="InvalidOperationException">when the model reads encoder vectors and the document has none, or has another encoder's.</exception>
    public IReadOnlyList<Attribution> Extract(Document document, CancellationToken cancellationToken = default) =>
        Extract(View(document), cancellationToken);

    // why: the encoder's token vectors, when the model reads them, travel with the token view to every head
    private TokenView View(Document document)
    {
        if (!_model.UsesEncoder) return new TokenView(document);
        var key = NewsLens.Vectors.VectorLayers.Tokens;
        var table = NewsLens.Vectors.VectorLayers.Require(document, key, "this attribution model", _model.EncoderKey, AttributionModel.EncoderSpec);
        if (table.Dimension != _model.Dense!.Dimension || table.Count != document.Tokens.Count)
            throw new InvalidOperationException($"the '{key.Name}' layer has {table.Count} vectors of {table.Dimension} values; the attribution model expects one per token ({document.Tokens.Count}) of {_model.Dense.Dimension}");
        return new TokenView(document) { Vectors = table };
    }

    internal List<Attribution> Extract(TokenView v, CancellationToken ct)
    {
        var decoder = t_decoder is { } d && ReferenceEquals(d.Model, _model) ? d : t_decoder = new AttributionDecoder(_model);
        try { return Extract(v, decoder, ct); }
        finally { decoder.Release(); }
    }

    // why: a decoder's scratch buffers are sized to the largest document seen; one per thread spares the allocation per article
    [ThreadStatic] private static AttributionDecoder? t_decoder;

    private List<Attribution> Extract(TokenView v, AttributionDecoder decoder, CancellationToken ct)
    {
        var resolver = new SpeakerResolver(v.Doc);
        var result = new List<Attribution>();
        foreach (var (cs, tagged, conf) in decoder.TagCues(v))
        {
            int ce = tagged;
            ct.ThrowIfCancellationRequested();
            int a, b, s, e;
            if (BlockQuoteRule.TryContent(v, cs, ce, out s, out e))
            {
                // "X said:" then a paragraph: the paragraph is X's quotation; the cue keeps its colon, as PolNeAR marks it.
                if (BlockQuoteRule.IntroColon(v, cs, ce) == ce + 1) ce++;
                (a, b) = decoder.BestSource(v, cs, ce, (v, x, y) => SourceRules.Reject(v, x, y, cs, ce));
                result.Add(Build(v, cs, ce, a, b, s, e, conf, Speak(resolver, v, a, b)));
                continue;
            }
            if (!AttributionDecoder.IsAccordingTo(v, cs, ce) || !AttributionDecoder.AccordingTo(v, cs, ce, out a, out b, out s, out e))
            {
                (a, b) = decoder.BestSource(v, cs, ce, (v, x, y) => SourceRules.Reject(v, x, y, cs, ce));
                (s, e) = decoder.BestContent(v, cs, ce);
            }
            if (s < 0) continue;
            if (a >= 0 && a <= e && b >= s && !(a > s && b < e)) (a, b, s, e) = ResolveOverlap(v, a, b, s, e, cs);
            if (s < 0 || e < s) continue;
            e = ExtendOverContinuedQuote(v, s, e);
            e = ExtendOverResumedQuote(v, e, cs, ce, a >= 0 ? b : -1);
            result.Add(Build(v, cs, ce, a, b, s, e, conf, Speak(resolver, v, a, b)));
        }
        return result;
    }

    // why: a pronoun nobody was named before is not a speaker; the report shows the quote without one (the source span keeps the pronoun)
    private static Speaker? Speak(SpeakerResolver resolver, TokenView v, int a, int b)
    {
        if (a < 0) return null;
        var sp = resolver.Resolve(a, b);
        return sp.Resolution == SpeakerResolution.Unresolved && SpeakerResolver.IsPronounSource(v.Doc, a, b) ? null : sp;
    }

    // Content that reaches a quote continued in the next paragraph(s) runs to where that quote closes.
    /// <summary>Tokens a content may run on past its end into a quote continued over paragraphs.</summary>
    public const int MaxContinuedQuote = 1000;

    private static int ExtendOverContinuedQuote(TokenView v, int s, int e)
    {
        var end = v.Span(e).End;
        // why: multi-paragraph quotes never overlap, so at most one holds the content's end: the first ending after it
        var multi = v.MultiParagraph;
        int k = TokenView.FirstEndingAfter(multi, end);
        if (k == multi.Count || multi[k].Span.Start > end) return e;
        var q = multi[k];
        if (v.Para[e] != v.Para[FirstTokenAtOrAfter(v, q.Span.Start)]) return e;
        // why: a quote may run on for pages; content stops MaxContinuedQuote tokens on, so that every cue inside it does
        // not yield content reaching its end (the layers after this one walk each content's sentences)
        return Math.Min(v.LastTokenEndingBy(e, q.Span.End), e + MaxContinuedQuote);
    }

    // "“X,” he said, “Y.”": content that closes its quote just before the cue goes on with the quote that opens right
    // after the cue (and a source after it), to where that one closes.
    private static int ExtendOverResumedQuote(TokenView v, int e, int cs, int ce, int b)
    {
        if (e >= cs || !(v.QuoteMark[e] == QuoteScanner.Close || (e + 1 < cs && v.QuoteMark[e + 1] == QuoteScanner.Close))) return e;
        int k = Math.Max(ce, b) + 1;
        int gapEnd = Math.Min(v.Count, k + AttributionDecoder.MaxSourceGap);
        while (k < gapEnd && v.Shape[k] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) k++;
        if (k == gapEnd) return e;
        if (k >= v.Count || v.QuoteMark[k] != QuoteScanner.Open || v.Para[k] != v.Para[ce]) return e;
        var q = v.OuterQuoteOpenedAt(k);
        return q is null || q.Paragraphs > 1 ? e : v.LastTokenEndingBy(k, q.Span.End);
    }

    internal static int FirstTokenAtOrAfter(TokenView v, int pos)
    {
        int lo = 0, hi = v.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Span(mid).Start < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // A source that runs into the content stops before it ("according to a report by X, Y"); when nothing of the
    // source would be left, the content gives way instead.
    private static (int, int, int, int) ResolveOverlap(TokenView v, int a, int b, int s, int e, int cs)
    {
        if (a < s)
        {
            int nb = s - 1;
            while (nb >= a && v.Shape[nb] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) nb--;
            if (nb >= a) return (a, nb, s, e);
        }
        else if (b > e)
        {
            int na = e + 1;
            while (na <= b && v.Shape[na] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) na++;
            if (na <= b) return (na, b, s, e);
        }
        var (s2, e2) = TrimOverlap(s, e, a, b, cs);
        return (a, b, s2, e2);
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
            // "“X,” said the mayor, Ann Cole. “Y”": the rest of the cue's sentence is not content when the quote resumes after it.
            int sentLast = v.SentLast[ce];
            if (rightStart <= sentLast && sentLast < e && v.QuoteMark[rightStart] != QuoteScanner.Open)
            {
                bool quoted = false;
                // why: a bounded look (the content window) so an endless sentence costs a bounded number of steps per cue
                int lookEnd = Math.Min(sentLast, rightStart + AttributionDecoder.MaxAfter);
                for (int i = rightStart; i <= lookEnd && !quoted; i++) quoted = v.QuoteMark[i] != 0 || v.InQuote[i];
                quoted |= lookEnd < sentLast;
                if (!quoted) rightStart = sentLast + 1;
            }
            if (leftEnd >= s) parts.Add(new TextSpan(v.Span(s).Start, v.Span(leftEnd).End));
            if (rightStart <= e) parts.Add(new TextSpan(v.Span(rightStart).Start, v.Span(e).End));
        }
        if (parts.Count == 0) parts.Add(new TextSpan(v.Span(s).Start, v.Span(e).End));
        var content = parts[0].Cover(parts[^1]);
        bool unclosed = false, anyQuote = false;
        var outer = v.Outer;
        for (int k = TokenView.FirstEndingAfter(outer, content.Start); k < outer.Count && outer[k].Span.Start < content.End; k++)
        {
            WorkMeter.Add();
            if (!outer[k].Span.Overlaps(content)) continue;
            anyQuote = true;
            unclosed |= outer[k].Unclosed;
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
