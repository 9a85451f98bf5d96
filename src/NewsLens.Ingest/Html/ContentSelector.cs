namespace NewsLens.Ingest.Html;

/// <summary>
/// Picks the article body among the blocks of a <see cref="PageScan"/>: the element whose subtree has the highest
/// net text score (long, link-poor blocks count for it, link lists and short scraps against it), plus sibling
/// subtrees that also carry article text (bodies split by ads), minus furniture nested inside.
/// </summary>
internal static class ContentSelector
{
    /// <summary>Indices of the kept blocks, in document order.</summary>
    /// <param name="scan">the walked page</param>
    /// <param name="titles">headline candidates from metadata; a leading block equal to one is the headline, not body</param>
    public static List<int> Select(PageScan scan, IReadOnlyList<string>? titles = null) =>
        LeadTrimmer.Trim(scan, SelectUntrimmed(scan), titles);

    /// <summary>The blocks the structural rules choose, before the lead (headline, byline rows) is trimmed.</summary>
    public static List<int> SelectUntrimmed(PageScan scan)
    {
        // why: when the best subtree turns out to be a feed of teaser articles, flag it and choose again (once).
        var kept = SelectOnce(scan, out int feed);
        if (feed >= 0)
        {
            ref var record = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scan.Records)[feed];
            record.IsFurniture = true;
            record.IsFeed = true;
            kept = SelectOnce(scan, out _);
        }
        return kept;
    }

    private static List<int> SelectOnce(PageScan scan, out int feed)
    {
        feed = -1;
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

        var extraCut = new bool[recs.Length];
        bool narrowed = false;
        for (int step = 0; step < 4; step++)
        {
            bool moved = NarrowToMainArticle(recs, ref root, extraCut, out bool isFeed);
            if (isFeed)
            {
                feed = root;
                return kept;
            }
            if (!moved)
                break;
            narrowed = true;
        }
        var chosen = new List<int> { root };
        int parent = recs[root].Parent;
        if (parent >= 0 && !narrowed)
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
            CollectKept(scan, top, kept, extraCut);
        kept.Sort();
        return kept;
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
            if (recs[i].IsFurniture && !recs[i].IsComments && !recs[i].IsFeed && mass[i] >= reference * 0.5 && count[i] >= 3
                && !ElementRules.IsFurnitureTag(recs[i].Element.LocalName))
                recs[i].IsFurniture = false;
    }

    /// <summary>
    /// A body holding two or more &lt;article&gt; elements is a story plus teasers (or a feed): keep the strongest of
    /// {each article, the text outside them}. Returns true when the root moved into one article.
    /// </summary>
    private static bool NarrowToMainArticle(Span<NodeRecord> recs, ref int root, bool[] extraCut, out bool isFeed)
    {
        isFeed = false;
        var nested = new List<int>();
        var insideArticle = new bool[recs.Length];
        for (int i = root + 1; i < recs.Length; i++)
        {
            int p = recs[i].Parent;
            if (p < root)
                break;
            bool parentIsArticle = p != root && recs[p].Element.LocalName == "article";
            insideArticle[i] = p != root && (insideArticle[p] || parentIsArticle);
            if (!insideArticle[i] && recs[i].Element.LocalName == "article")
                nested.Add(i);
        }
        if (nested.Count < 2)
            return false;
        // why: articles nested in an article are embeds or teasers inside the story; the story's own text wins.
        bool rootIsArticle = recs[root].Element.LocalName == "article";
        double outside = recs[root].Score;
        int best = -1;
        foreach (int a in nested)
        {
            outside -= recs[a].Score;
            if (best < 0 || recs[a].Score > recs[best].Score)
                best = a;
        }
        if (rootIsArticle && outside < recs[best].Score * 0.25 && nested.Count >= 3)
        {
            // why: an article element whose text is almost all in three or more nested articles is a teaser feed.
            isFeed = true;
            return false;
        }
        if (!rootIsArticle && recs[best].Score > outside)
        {
            root = best;
            return true;
        }
        foreach (int a in nested)
            extraCut[a] = true;
        return false;
    }

    private static void CollectKept(PageScan scan, int top, List<int> kept, bool[] extraCut)
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
            cut[i] = cut[r.Parent] || extraCut[i] || (r.IsFurniture && r.Score < topScore * 0.5);
        }
        var teasers = TeaserLists(scan, top);
        for (int b = recs[top].BlockStart; b < recs[top].BlockEnd; b++)
        {
            var block = scan.Blocks[b];
            if (block.Owner != top && cut[block.Owner])
                continue;
            if (!BoilerplateText.Keep(block))
                continue;
            if (teasers is not null && IsTeaser(block) && teasers.Contains(recs[block.Owner].Parent))
                continue;
            kept.Add(b);
        }
    }

    /// <summary>A list item that opens with a linked headline and goes on with a summary: a teaser card.</summary>
    private static bool IsTeaser(TextBlock block) =>
        block.Kind == ElementKind.ListItem && block.Links is { Count: > 0 } links && links[0].Start == 0
        && links[0].End - links[0].Start >= 20 && block.Text.Length >= links[0].End + 30;

    /// <summary>Lists (by record index) holding three or more teaser items, or null when there are none.</summary>
    private static HashSet<int>? TeaserLists(PageScan scan, int top)
    {
        var recs = scan.Records;
        Dictionary<int, int>? counts = null;
        for (int b = recs[top].BlockStart; b < recs[top].BlockEnd; b++)
        {
            var block = scan.Blocks[b];
            if (!IsTeaser(block))
                continue;
            counts ??= [];
            int list = recs[block.Owner].Parent;
            counts[list] = counts.GetValueOrDefault(list) + 1;
        }
        if (counts is null)
            return null;
        // why: numbered lists are the story itself (a news digest), not teasers.
        var lists = counts.Where(kv => kv.Value >= 3 && recs[kv.Key].Element.LocalName != "ol")
            .Select(kv => kv.Key).ToHashSet();
        return lists.Count > 0 ? lists : null;
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
