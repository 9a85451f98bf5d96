namespace NewsLens.Encoders;

/// <summary>
/// Overlapping windows over a document's word pieces, and for each piece the window where it is most central
/// (farthest from either edge), so every piece's vector comes from the window that saw the most context around it.
/// </summary>
internal sealed class WindowPlan
{
    private WindowPlan(int[] starts, int[] counts, int[] owner)
    {
        Starts = starts;
        Counts = counts;
        Owner = owner;
    }

    /// <summary>First piece of each window.</summary>
    public int[] Starts { get; }

    /// <summary>Pieces in each window, without [CLS] and [SEP].</summary>
    public int[] Counts { get; }

    /// <summary>For each encoded piece, the window its vector is taken from; pieces from <c>Owner.Length</c> on are not encoded.</summary>
    public int[] Owner { get; }

    /// <summary>Pieces the windows cover, from the first: all of them unless <c>maxWindows</c> cut the plan short.</summary>
    public int EncodedPieces => Owner.Length;

    // maxWindows: windows at most; when the document needs more, the plan covers its first pieces only.
    public static WindowPlan Create(int pieces, int content, int stride, int maxWindows = int.MaxValue)
    {
        var starts = new List<int>();
        for (int start = 0; ; start += stride)
        {
            // why: the last window is pulled back to end at the last piece, so it is full and has left context
            int s = Math.Max(0, Math.Min(start, pieces - content));
            starts.Add(s);
            if (s + content >= pieces || starts.Count == maxWindows) break;
        }
        int[] counts = [.. starts.Select(s => Math.Min(content, pieces - s))];
        int encoded = Math.Min(pieces, starts[^1] + counts[^1]);
        var owner = new int[encoded];
        for (int p = 0, w = 0; p < encoded; p++)
        {
            owner[p] = w;
            int best = Centrality(p, starts[w], counts[w]);
            for (int v = w + 1; v < starts.Count && starts[v] <= p; v++)
            {
                int c = Centrality(p, starts[v], counts[v]);
                if (c > best) { best = c; owner[p] = v; }
            }
            // why: owners only move forward, so the next piece never looks at windows before this one
            w = owner[p];
        }
        return new WindowPlan([.. starts], counts, owner);
    }

    private static int Centrality(int piece, int start, int count) =>
        piece >= start + count ? -1 : Math.Min(piece - start, start + count - 1 - piece);
}
