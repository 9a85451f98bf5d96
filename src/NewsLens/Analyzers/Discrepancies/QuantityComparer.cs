using NewsLens.Analyzers.Quantities;
using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Pairs the quantities of an aligned sentence pair (same dimension; then the same counted noun, shared words around
/// them, and the nearer value) and says how the article's figure departs from the source's, if it does.
/// </summary>
internal static class QuantityComparer
{
    public static IEnumerable<(Quantity Article, Quantity Source, DiscrepancyKind Kind)> Compare(
        DocumentView article, int i, DocumentView source, int j, DiscrepancyOptions options)
    {
        foreach (var (a, s) in Pair(article, article.Quantities[i], source, source.Quantities[j]))
            if (Classify(a, s, options) is { } kind) yield return (a, s, kind);
    }

    /// <summary>How <paramref name="a"/> (the article's) departs from <paramref name="s"/> (the source's); null when it does not.</summary>
    public static DiscrepancyKind? Classify(Quantity a, Quantity s, DiscrepancyOptions options)
    {
        var ar = QuantityRange.Of(a);
        var sr = QuantityRange.Of(s);
        if (a.Qualifier == QuantityQualifier.Exact && s.Qualifier == QuantityQualifier.Exact)
        {
            double diff = ar.Low - sr.Low;
            // why: the article may round the source's figure ("1,043" → "1,000"), within reason
            if (Math.Abs(diff) <= Math.Max(ar.Slack, 1e-9 * Math.Abs(sr.Low)) && Math.Abs(diff) <= options.RoundingTolerance * Math.Abs(sr.Low)) return null;
            return diff > 0 ? DiscrepancyKind.NumberInflated : DiscrepancyKind.NumberDeflated;
        }
        if (Beyond(ar.Low, ar.LowOpen, a, sr.High, sr.HighOpen, s, ar.Slack, up: true)) return DiscrepancyKind.NumberInflated;
        if (Beyond(ar.High, ar.HighOpen, a, sr.Low, sr.LowOpen, s, ar.Slack, up: false)) return DiscrepancyKind.NumberDeflated;
        if (s.Qualifier == QuantityQualifier.Range && sr.High > sr.Low && QuantityRange.IsPoint(a)) return DiscrepancyKind.RangeToPoint;
        if (a.Qualifier == QuantityQualifier.Exact && s.Qualifier is not (QuantityQualifier.Exact or QuantityQualifier.Range)) return DiscrepancyKind.ApproximateToExact;
        return null;
    }

    // why: ranges that only touch are apart when one end is open and the other side is a bound too ("up to 90" vs
    // "more than 90"); against an exact figure that is nit-picking ("nearly 300" for 300)
    private static bool Beyond(double mine, bool mineOpen, Quantity a, double theirs, bool theirsOpen, Quantity s, double slack, bool up)
    {
        double gap = up ? mine - theirs : theirs - mine;
        if (gap > slack + 1e-9 * Math.Abs(theirs)) return true;
        bool bound(Quantity q) => q.Qualifier is not (QuantityQualifier.Exact or QuantityQualifier.About or QuantityQualifier.Range);
        return Math.Abs(gap) <= 1e-9 * Math.Max(1, Math.Abs(theirs)) && (mineOpen || theirsOpen) && bound(a) && bound(s);
    }

    private static IEnumerable<(Quantity, Quantity)> Pair(DocumentView av, List<Quantity> article, DocumentView sv, List<Quantity> source)
    {
        var candidates = new List<(double Score, Quantity A, Quantity S)>();
        foreach (var a in article)
            foreach (var s in source)
            {
                if (UnitScale.Of(a).Dimension != UnitScale.Of(s).Dimension) continue;
                bool sameNoun = a.Noun is not null && a.Noun == s.Noun;
                int shared = Context(av.Doc, a).Intersect(Context(sv.Doc, s)).Count();
                // why: a pair needs evidence that both figures count the same thing: the same noun, shared words around
                // them, or being the only figures of their dimension on both sides
                bool alone = article.Count(x => UnitScale.Of(x).Dimension == UnitScale.Of(a).Dimension) == 1
                    && source.Count(x => UnitScale.Of(x).Dimension == UnitScale.Of(s).Dimension) == 1;
                if (!sameNoun && shared == 0 && !alone) continue;
                double score = (sameNoun ? 2 : 0) + 0.5 * shared;
                var (ar, sr) = (QuantityRange.Of(a), QuantityRange.Of(s));
                if (ar.Low <= sr.High && sr.Low <= ar.High) score += 1;
                double am = Mid(a), sm = Mid(s);
                if (am > 0 && sm > 0) score -= 0.3 * Math.Abs(Math.Log(am / sm));
                candidates.Add((score, a, s));
            }
        var usedA = new HashSet<Quantity>(ReferenceEqualityComparer.Instance);
        var usedS = new HashSet<Quantity>(ReferenceEqualityComparer.Instance);
        foreach (var (_, a, s) in candidates.OrderByDescending(c => c.Score))
        {
            if (usedA.Contains(a) || usedS.Contains(s)) continue;
            usedA.Add(a);
            usedS.Add(s);
            yield return (a, s);
        }
    }

    private static double Mid(Quantity q)
    {
        var r = QuantityRange.Of(q);
        return (r.Low + r.High) / 2;
    }

    // The content-word stems within three tokens of the quantity, on either side.
    private static HashSet<string> Context(Document doc, Quantity q)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int si = doc.SentenceIndexAt(q.Span.Start);
        if (si < 0) return words;
        // why: only the quantity's own sentence is scanned, so a long article costs no more per quantity
        var tokens = doc.TokenSpan.Slice(doc.Sentences[si].FirstToken, doc.Sentences[si].TokenCount);
        int first = -1, last = -1;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].End <= q.Span.Start) continue;
            if (tokens[k].Start >= q.Span.End) { last = k; break; }
            if (first < 0) first = k;
        }
        if (first < 0) return words;
        if (last < 0) last = tokens.Length;
        for (int k = Math.Max(0, first - 3); k < Math.Min(tokens.Length, last + 3); k++)
        {
            if (k >= first && k < last || tokens[k].Kind != TokenKind.Word) continue;
            var w = doc.AsSpan(tokens[k].Span).ToString().ToLowerInvariant();
            if (!FunctionWords.Contains(w)) words.Add(ContentWords.Stem(w));
        }
        return words;
    }
}
