namespace NewsLens.Ingest.Html;

/// <summary>
/// Picks the article body among the blocks of a <see cref="PageScan"/>: the element whose subtree has the highest
/// net text score (long, link-poor blocks count for it, link lists and short scraps against it), plus sibling
/// subtrees that also carry article text (bodies split by ads), minus furniture nested inside.
/// </summary>
internal static class ContentSelector
{
    /// <summary>Indices of the kept blocks, in document order.</summary>
    public static List<int> Select(PageScan scan)
    {
        var blocks = scan.Blocks;
        var records = scan.Records;
        var kept = new List<int>();
        if (blocks.Count == 0)
            return kept;

        Span<NodeRecord> recs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records);
        for (int i = 0; i < recs.Length; i++)
            recs[i].Score = 0;
        UnflagLayoutWrappers(scan, recs);
        // why: furniture classes (comments, sidebars, footers) count against a subtree even when their text is long.
        var furnitureBelow = new bool[recs.Length];
        for (int i = 0; i < recs.Length; i++)
            furnitureBelow[i] = recs[i].IsFurniture || (recs[i].Parent >= 0 && furnitureBelow[recs[i].Parent] && !recs[i].IsBody);
        foreach (var block in blocks)
        {
            double score = BlockScore(block);
            recs[block.Owner].Score += furnitureBelow[block.Owner] ? -Math.Abs(score) * 0.5 - 10 : score;
        }
        // why: records are in pre-order, so walking backwards adds every child into its parent before the parent is read.
        for (int i = recs.Length - 1; i > 0; i--)
            recs[recs[i].Parent].Score += recs[i].Score;

        int root = 0;
        for (int i = 1; i < recs.Length; i++)
            if (recs[i].Score >= recs[root].Score && recs[i].Score > 0)
                root = i;
        if (recs[root].Score <= 0)
            return kept;
        // why: a single paragraph can outscore its container when link lists sit beside it; the article is the container.
        while (recs[root].Kind is not ElementKind.Container && recs[root].Parent >= 0)
            root = recs[root].Parent;

        var chosen = new List<int> { root };
        int parent = recs[root].Parent;
        if (parent >= 0)
        {
            double bar = Math.Max(40, recs[root].Score * 0.15);
            for (int i = parent + 1; i < recs.Length && recs[i].BlockStart < recs[parent].BlockEnd; i++)
            {
                if (recs[i].Parent == parent && i != root && !recs[i].IsFurniture && recs[i].Score >= bar)
                    chosen.Add(i);
            }
            chosen.Sort();
        }

        foreach (int top in chosen)
            CollectKept(scan, top, kept);
        kept.Sort();
        return LeadTrimmer.Trim(scan, kept);
    }

    /// <summary>
    /// A "furniture" element holding most of the page's article-like text is a layout wrapper with an unlucky class
    /// ("and-w-sidebar", "paywall"), not furniture: clear its flag. Comment areas keep theirs.
    /// </summary>
    private static void UnflagLayoutWrappers(PageScan scan, Span<NodeRecord> recs)
    {
        var mass = new double[recs.Length];
        var count = new int[recs.Length];
        foreach (var block in scan.Blocks)
        {
            double s = BlockScore(block);
            if (s > 0)
            {
                mass[block.Owner] += s;
                count[block.Owner]++;
            }
        }
        for (int i = recs.Length - 1; i > 0; i--)
        {
            mass[recs[i].Parent] += mass[i];
            count[recs[i].Parent] += count[i];
        }
        // why: judge against the best subtree found without class evidence, not the whole page (sidebars dilute it).
        var raw = new double[recs.Length];
        foreach (var block in scan.Blocks)
            raw[block.Owner] += BlockScore(block);
        for (int i = recs.Length - 1; i > 0; i--)
            raw[recs[i].Parent] += raw[i];
        int best = 0;
        for (int i = 1; i < recs.Length; i++)
            if (raw[i] >= raw[best])
                best = i;
        double reference = mass[best];
        if (reference <= 0)
            return;
        for (int i = 0; i < recs.Length; i++)
            // why: a wrapper holds several paragraphs; a footer or about box with one long blurb is still furniture.
            if (recs[i].IsFurniture && !recs[i].IsComments && mass[i] >= reference * 0.5 && count[i] >= 3
                && !ElementRules.IsFurnitureTag(recs[i].Element.LocalName))
                recs[i].IsFurniture = false;
    }

    private static void CollectKept(PageScan scan, int top, List<int> kept)
    {
        var recs = scan.Records;
        double topScore = recs[top].Score;
        // why: a furniture class on a wrapper that holds most of the article is a false alarm, not a reason to cut.
        var cut = new bool[recs.Count];
        int last = top;
        for (int i = top + 1; i < recs.Count && recs[i].BlockStart < recs[top].BlockEnd; i++)
        {
            last = i;
            var r = recs[i];
            cut[i] = cut[r.Parent] || (r.IsFurniture && r.Score < topScore * 0.5);
        }
        for (int b = recs[top].BlockStart; b < recs[top].BlockEnd; b++)
        {
            var block = scan.Blocks[b];
            if (block.Owner != top && cut[block.Owner])
                continue;
            if (!BoilerplateText.Keep(block))
                continue;
            kept.Add(b);
        }
    }

    /// <summary>Net evidence that a block is article text (positive) or page furniture (negative).</summary>
    internal static double BlockScore(TextBlock block)
    {
        int len = block.Text.Length;
        double density = block.LinkDensity;
        if (density > 0.5)
            return -len * density;
        double weight = block.Kind switch
        {
            ElementKind.Paragraph or ElementKind.Quote or ElementKind.Preformatted => 1.0,
            ElementKind.Heading or ElementKind.ListItem => 0.6,
            _ => 0.8,
        };
        // why: every block pays a toll, so scraps (labels, dates, buttons) add up to nothing; link-free scraps pay less.
        return len * (1 - density) * weight - (block.LinkChars > 0 ? 25 : 15);
    }
}
