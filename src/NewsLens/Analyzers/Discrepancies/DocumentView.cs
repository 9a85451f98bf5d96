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
        var quantities = doc.Get(QuantityLayers.Quantities);
        var quotations = doc.Get(AttributionLayers.Quotations);
        foreach (var s in doc.Sentences)
        {
            var attribution = AttributionOf(doc, s, attributions);
            Words.Add(ContentWords.Of(doc, s));
            Attributions.Add(attribution);
            // why: a sentence inside reported content whose cue sits in another sentence ("\"...\" he said. \"...\"")
            // is still attributed, though the extractor's content spans are too loose to say to whom
            Covered.Add(attribution is not null || attributions.Any(a => a.Source is not null && a.Content.Contains(s.Span))
                || quotations.Any(q => q.Span.Overlaps(s.Span)));
            Quantities.Add([.. quantities.Where(q => s.Span.Contains(q.Span.Start) && q.Kind != QuantityKind.Date)]);
            Quotes.Add([.. quotations.Where(q => s.Span.Contains(q.Span.Start)).Select(q => QuoteWords(doc, q.Span))]);
        }
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
    private static Attribution? AttributionOf(Document doc, Sentence s, IReadOnlyList<Attribution> attributions) =>
        attributions.Where(a => a.Source is not null && s.Span.Contains(a.Cue.Start) && !HedgeWords.IsHedgeCue(doc[a.Cue])).OrderByDescending(a => a.Confidence).FirstOrDefault()
        ?? attributions.FirstOrDefault(a => a.Source is not null && a.Kind is AttributionKind.Direct or AttributionKind.Block
            && a.Content.Start < s.Start && a.Content.End >= s.End);

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
