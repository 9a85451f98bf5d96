using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Quantities;
using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>One side of a comparison, read once: per sentence its content words, its attribution and its quantities.</summary>
internal sealed class DocumentView
{
    public DocumentView(Document doc)
    {
        Doc = doc;
        var attributions = doc.Get(AttributionLayers.Attributions);
        int n = doc.Sentences.Count;
        // why: each layer item is put in its sentences once (binary search), so a long article costs no more per sentence
        var cues = Buckets<Attribution>(n);
        var covered = new bool[n];
        var continued = new Attribution?[n];
        foreach (var a in attributions)
        {
            if (a.Source is null) continue;
            if (doc.SentenceIndexAt(a.Cue.Start) is int c and >= 0 && doc.Sentences[c].Span.Contains(a.Cue.Start)) cues[c].Add(a);
            for (int k = Math.Max(0, doc.SentenceIndexAt(a.Content.Start)); k < n && doc.Sentences[k].Start < a.Content.End; k++)
            {
                if (!a.Content.Contains(doc.Sentences[k].Span)) continue;
                covered[k] = true;
                if (a.Kind is AttributionKind.Direct or AttributionKind.Block && a.Content.Start < doc.Sentences[k].Start) continued[k] ??= a;
            }
        }
        var quantities = Buckets<Quantity>(n);
        foreach (var q in doc.Get(QuantityLayers.Quantities))
            if (q.Kind != QuantityKind.Date && doc.SentenceIndexAt(q.Span.Start) is int k and >= 0 && doc.Sentences[k].Span.Contains(q.Span.Start)) quantities[k].Add(q);
        var quotes = Buckets<HashSet<string>>(n);
        foreach (var q in doc.Get(AttributionLayers.Quotations))
        {
            int first = doc.SentenceIndexAt(q.Span.Start);
            if (first < 0) continue;
            if (doc.Sentences[first].Span.Contains(q.Span.Start)) quotes[first].Add(QuoteWords(doc, q.Span));
            for (int k = first; k < n && doc.Sentences[k].Start < q.Span.End; k++)
                if (q.Span.Overlaps(doc.Sentences[k].Span)) covered[k] = true;
        }
        for (int i = 0; i < n; i++)
        {
            var s = doc.Sentences[i];
            var attribution = AttributionOf(doc, cues[i], continued[i]);
            Words.Add(ContentWords.Of(doc, s));
            Attributions.Add(attribution);
            // why: a sentence inside reported content whose cue sits in another sentence ("\"...\" he said. \"...\""),
            // or holding quoted words, is still attributed, though the extractor's spans are too loose to say to whom
            Covered.Add(attribution is not null || covered[i]);
            Quantities.Add(quantities[i]);
            Quotes.Add(quotes[i]);
        }
    }

    private static List<T>[] Buckets<T>(int n)
    {
        var buckets = new List<T>[n];
        for (int i = 0; i < n; i++) buckets[i] = [];
        return buckets;
    }

    public Document Doc { get; }
    public List<List<string>> Words { get; } = [];

    /// <summary>Per sentence, the attribution that names who says it, or null.</summary>
    public List<Attribution?> Attributions { get; } = [];
    /// <summary>Per sentence, true when some attribution with a source covers it (its own, or reported content around it),
    /// or it holds quoted words (a quotation is someone's, named nearby).</summary>
    public List<bool> Covered { get; } = [];

    public List<List<Quantity>> Quantities { get; } = [];
    public List<List<HashSet<string>>> Quotes { get; } = [];

    public Sentence Sentence(int index) => Doc.Sentences[index];

    /// <summary>
    /// The largest share (0 to 1) of a quote in <paramref name="article"/>'s sentence <paramref name="i"/> that this
    /// (source) document's sentence <paramref name="j"/> holds in a quote of its own; 0 under 60 % or for quotes of fewer than three words.
    /// </summary>
    public double QuoteShare(DocumentView article, int i, int j)
    {
        double best = 0;
        foreach (var quote in article.Quotes[i])
        {
            if (quote.Count < 3) continue;
            foreach (var mine in Quotes[j])
            {
                double share = quote.Count(mine.Contains) / (double)quote.Count;
                if (share >= 0.6) best = Math.Max(best, share);
            }
        }
        return best;
    }

    // why: the attribution whose cue lies in the sentence; failing that, a quotation that began in an earlier sentence
    // ("X said: \"... . ...\""); a cue with no source, or a hedge word as cue ("the budget reportedly includes"), is a
    // hedge, not an attribution
    private static Attribution? AttributionOf(Document doc, List<Attribution> cuedHere, Attribution? continued) =>
        cuedHere.Where(a => !HedgeWords.IsHedgeCue(doc[a.Cue])).OrderByDescending(a => a.Confidence).FirstOrDefault() ?? continued;

    private static HashSet<string> QuoteWords(Document doc, TextSpan span)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int first = doc.SentenceIndexAt(span.Start);
        if (first < 0) return words;
        for (int k = first; k < doc.Sentences.Count && doc.Sentences[k].Start < span.End; k++)
            foreach (var t in doc.TokensOf(doc.Sentences[k]))
                if (span.Contains(t.Span) && t.Kind is TokenKind.Word or TokenKind.Number)
                    words.Add(ContentWords.Stem(doc.AsSpan(t.Span).ToString()));
        return words;
    }
}
