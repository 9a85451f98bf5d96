using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Marks scare quotes: a closed, single-paragraph, outer quotation of 1 to <see cref="MaxWords"/> words holding no
/// sentence (no sentence-ending mark inside), that no attribution's content reaches (so it has no speaker and no cue).
/// </summary>
internal static class ScareQuoteRule
{
    public const int MaxWords = 4;

    public static List<Quotation> Mark(TokenView v, IReadOnlyList<Attribution> attributions)
    {
        var covered = Covered(attributions);
        var result = new List<Quotation>(v.Quotes.Count);
        foreach (var q in v.Quotes)
        {
            bool scare = q.Depth == 0 && !q.Unclosed && q.Paragraphs == 1 && FewWords(v, q) && !Overlaps(covered, q.Span);
            result.Add(scare ? q with { Kind = QuotationKind.Scare } : q);
        }
        return result;
    }

    // why: the text the attributions reach, as sorted disjoint spans, is built once; checking every attribution for
    // every quote was quadratic
    private static List<TextSpan> Covered(IReadOnlyList<Attribution> attributions)
    {
        var spans = new List<TextSpan>();
        foreach (var a in attributions)
        {
            spans.Add(a.Cue);
            spans.AddRange(a.ContentParts);
        }
        spans.RemoveAll(s => s.IsEmpty);
        spans.Sort();
        var merged = new List<TextSpan>(spans.Count);
        foreach (var s in spans)
        {
            WorkMeter.Add();
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    private static bool Overlaps(List<TextSpan> merged, TextSpan span)
    {
        int lo = 0, hi = merged.Count;
        while (lo < hi)
        {
            WorkMeter.Add();
            int mid = (lo + hi) >>> 1;
            if (merged[mid].End > span.Start) hi = mid; else lo = mid + 1;
        }
        return lo < merged.Count && merged[lo].Overlaps(span);
    }

    // Words between the marks: 1..MaxWords, no sentence-ending mark after the first word (a trailing "!" or "?" too).
    private static bool FewWords(TokenView v, Quotation q)
    {
        int words = 0;
        var doc = v.Doc;
        for (int i = AttributionExtractor.FirstTokenAtOrAfter(v, q.Span.Start); i < v.Count; i++)
        {
            var span = v.Span(i);
            if (span.Start >= q.Span.End) break;
            if (v.QuoteMark[i] != 0) continue;
            switch (v.Shape[i])
            {
                case TokenView.ShLower or TokenView.ShCap or TokenView.ShUpper or TokenView.ShNum: words++; break;
                case TokenView.ShStop:
                    if (doc.Text[span.Start] is '!' or '?' || words > 1) return false;
                    break;
                case TokenView.ShColon: return false;
            }
            if (words > MaxWords) return false;
        }
        return words >= 1;
    }
}
