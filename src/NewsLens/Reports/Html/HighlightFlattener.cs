using NewsLens.Text;

namespace NewsLens.Reports.Html;

/// <summary>
/// Cuts a paragraph into segments at every highlight boundary, so overlapping highlights can be rendered as flat,
/// non-nested elements. Linear in the number of boundaries times active highlights.
/// </summary>
internal static class HighlightFlattener
{
    public static List<HighlightSegment<T>> Flatten<T>(TextSpan range, IReadOnlyList<(T Owner, Highlight Highlight)> highlights)
    {
        var inRange = highlights.Where(h => h.Highlight.Span.Overlaps(range) && !h.Highlight.Span.IsEmpty).ToList();
        var cuts = new SortedSet<int> { range.Start, range.End };
        foreach (var (_, h) in inRange)
        {
            cuts.Add(Math.Clamp(h.Span.Start, range.Start, range.End));
            cuts.Add(Math.Clamp(h.Span.End, range.Start, range.End));
        }
        var result = new List<HighlightSegment<T>>();
        int prev = -1;
        foreach (int cut in cuts)
        {
            if (prev >= 0 && cut > prev)
            {
                var seg = new TextSpan(prev, cut);
                result.Add(new HighlightSegment<T>(seg, inRange.Where(h => h.Highlight.Span.Contains(seg)).ToList()));
            }
            prev = cut;
        }
        return result;
    }
}
