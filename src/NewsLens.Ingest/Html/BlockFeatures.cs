using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Html;

/// <summary>
/// The block classifier's features: one row of <see cref="Width"/> values per text block, each slot named in
/// <see cref="Names"/> (a model file stores its weights by these names, so a reordering is caught at load). They
/// describe the block's text (length, links, punctuation, bylines, captions), its place in the tree (class/id words and
/// tags of its ancestors), its place on the page, its neighbours, and what the structural rules of
/// <see cref="ContentSelector"/> chose around it.
/// </summary>
internal static partial class BlockFeatures
{
    public static readonly string[] Names =
    [
        "bias",
        "rule.kept", "rule.near1", "rule.near3", "rule.near10", "rule.inside-span", "rule.before-first", "rule.after-last",
        "rule.parent-share", "rule.grandparent-share",
        "len.lt15", "len.lt40", "len.lt80", "len.lt150", "len.lt300", "len.ge300", "len.log",
        "links.none", "links.lt0.2", "links.lt0.5", "links.lt0.8", "links.ge0.8",
        "kind.p", "kind.heading", "kind.li", "kind.quote", "kind.pre", "kind.container", "kind.row", "kind.h1",
        "anc.furniture", "anc.comments", "anc.body", "anc.byline", "anc.date", "anc.figure", "anc.table", "anc.list",
        "anc.article", "anc.furniture-tag", "anc.form", "anc.blockquote", "anc.feed", "own.furniture",
        "text.sentence-ends", "text.ends-stop", "text.commas", "text.digits", "text.upper", "text.by", "text.date",
        "text.clock", "text.caption", "text.comment", "text.line-breaks", "text.separators",
        "pos.lt0.1", "pos.lt0.3", "pos.lt0.7", "pos.ge0.7",
        "prev.kept", "next.kept", "prev.long", "next.long", "prev.linky", "next.linky",
        "kept-x-short", "kept-x-linky", "kept-x-furniture", "kept-x-comments", "unkept-x-parent-share",
        "kept-x-caption", "kept-x-by",
    ];

    public static int Width => Names.Length;

    [Flags]
    private enum Anc
    {
        Furniture = 1, Comments = 2, Body = 4, Byline = 8, Date = 16, Figure = 32, Table = 64, List = 128,
        Article = 256, FurnitureTag = 512, Form = 1024, Blockquote = 2048, Feed = 4096,
    }

    /// <summary>Fills the rows of every block of the page into <paramref name="rows"/> (blocks x <see cref="Width"/>).</summary>
    /// <param name="ruleKept">blocks the structural rules chose, before the lead trim, in document order</param>
    public static void Fill(PageScan scan, IReadOnlyList<int> ruleKept, Span<float> rows)
    {
        var blocks = scan.Blocks;
        var recs = scan.Records;
        int n = blocks.Count, w = Width;
        if (n == 0)
            return;
        var kept = new bool[n];
        foreach (int k in ruleKept)
            kept[k] = true;
        var anc = new Anc[recs.Count];
        var total = new double[recs.Count];
        var keptChars = new double[recs.Count];
        for (int i = 0; i < recs.Count; i++)
        {
            var r = recs[i];
            anc[i] = (r.Parent >= 0 ? anc[r.Parent] : 0) | Own(r);
        }
        for (int b = 0; b < n; b++)
        {
            total[blocks[b].Owner] += blocks[b].Text.Length;
            if (kept[b])
                keptChars[blocks[b].Owner] += blocks[b].Text.Length;
        }
        // why: records are in pre-order, so a backwards pass adds every child into its parent before the parent is read.
        for (int i = recs.Count - 1; i > 0; i--)
        {
            total[recs[i].Parent] += total[i];
            keptChars[recs[i].Parent] += keptChars[i];
        }
        // why: distance to the nearest kept block, forwards and backwards, in blocks.
        var dist = new int[n];
        int last = -1_000_000;
        for (int b = 0; b < n; b++)
        {
            if (kept[b]) last = b;
            dist[b] = b - last;
        }
        last = 1_000_000;
        for (int b = n - 1; b >= 0; b--)
        {
            if (kept[b]) last = b;
            dist[b] = Math.Min(dist[b], last - b);
        }
        int first = ruleKept.Count > 0 ? ruleKept[0] : -1, lastKept = ruleKept.Count > 0 ? ruleKept[^1] : -1;
        for (int b = 0; b < n; b++)
        {
            var x = rows.Slice(b * w, w);
            var block = blocks[b];
            int parent = recs[block.Owner].Parent;
            int grand = parent >= 0 ? recs[parent].Parent : -1;
            double parentShare = parent >= 0 && total[parent] > 0 ? keptChars[parent] / total[parent] : 0;
            double grandShare = grand >= 0 && total[grand] > 0 ? keptChars[grand] / total[grand] : 0;
            RowOf(x, block, recs[block.Owner], anc[block.Owner], kept[b], dist[b], first, lastKept, b, n, parentShare, grandShare,
                b > 0 ? blocks[b - 1] : null, b + 1 < n ? blocks[b + 1] : null, b > 0 && kept[b - 1], b + 1 < n && kept[b + 1]);
        }
    }

    private static Anc Own(in NodeRecord r)
    {
        var a = (Anc)0;
        if (r.IsFurniture) a |= Anc.Furniture;
        if ((r.Names & FurnitureNames.Verdict.Comments) != 0 || r.IsComments) a |= Anc.Comments;
        if (r.IsBody) a |= Anc.Body;
        if ((r.Names & FurnitureNames.Verdict.Byline) != 0) a |= Anc.Byline;
        if ((r.Names & FurnitureNames.Verdict.DateLike) != 0) a |= Anc.Date;
        if (r.IsFeed) a |= Anc.Feed;
        a |= r.Tag switch
        {
            "figure" or "figcaption" => Anc.Figure,
            "table" => Anc.Table,
            "ul" or "ol" or "dl" => Anc.List,
            "article" or "main" => Anc.Article,
            "nav" or "footer" or "aside" or "header" => Anc.FurnitureTag,
            "form" => Anc.Form,
            "blockquote" => Anc.Blockquote,
            _ => 0,
        };
        return a;
    }

    private static void RowOf(Span<float> x, TextBlock block, in NodeRecord owner, Anc anc, bool kept, int dist, int first, int last,
        int b, int n, double parentShare, double grandShare, TextBlock? prev, TextBlock? next, bool prevKept, bool nextKept)
    {
        var text = block.Text;
        int len = text.Length;
        double links = block.LinkDensity;
        int i = 0;
        x[i++] = 1;
        x[i++] = B(kept); x[i++] = B(!kept && dist <= 1); x[i++] = B(!kept && dist is > 1 and <= 3); x[i++] = B(!kept && dist is > 3 and <= 10);
        x[i++] = B(first >= 0 && b > first && b < last); x[i++] = B(first >= 0 && b < first); x[i++] = B(first >= 0 && b > last);
        x[i++] = (float)parentShare; x[i++] = (float)grandShare;
        x[i++] = B(len < 15); x[i++] = B(len is >= 15 and < 40); x[i++] = B(len is >= 40 and < 80); x[i++] = B(len is >= 80 and < 150);
        x[i++] = B(len is >= 150 and < 300); x[i++] = B(len >= 300); x[i++] = (float)(Math.Log(1 + len) / 8);
        x[i++] = B(links == 0); x[i++] = B(links is > 0 and < 0.2); x[i++] = B(links is >= 0.2 and < 0.5); x[i++] = B(links is >= 0.5 and < 0.8); x[i++] = B(links >= 0.8);
        var kind = block.Kind;
        x[i++] = B(kind == ElementKind.Paragraph); x[i++] = B(kind == ElementKind.Heading); x[i++] = B(kind == ElementKind.ListItem);
        x[i++] = B(kind == ElementKind.Quote); x[i++] = B(kind == ElementKind.Preformatted); x[i++] = B(kind == ElementKind.Container);
        x[i++] = B(kind is ElementKind.TableRow or ElementKind.TableCell); x[i++] = B(owner.Tag == "h1");
        foreach (var flag in (ReadOnlySpan<Anc>)[Anc.Furniture, Anc.Comments, Anc.Body, Anc.Byline, Anc.Date, Anc.Figure, Anc.Table, Anc.List,
                     Anc.Article, Anc.FurnitureTag, Anc.Form, Anc.Blockquote, Anc.Feed])
            x[i++] = B((anc & flag) != 0);
        x[i++] = B(owner.IsFurniture);
        var t = TextStats.Of(text);
        double words = Math.Max(1, t.Words);
        x[i++] = (float)Math.Min(1, t.SentenceEnds / words * 5);
        x[i++] = B(t.EndsWithStop);
        x[i++] = (float)Math.Min(1, t.Commas / words * 5);
        x[i++] = len > 0 ? (float)t.Digits / len : 0;
        x[i++] = t.Letters > 0 ? (float)t.Upper / t.Letters : 0;
        bool by = len < 120 && ByStart().IsMatch(text);
        x[i++] = B(by);
        // why: a date needs a four-digit year and a clock two digits; the digit count skips the regexes on most blocks.
        x[i++] = B(len < 100 && t.Digits >= 4 && DateParsing.FromText(text) is not null);
        x[i++] = B(len < 100 && t.Digits >= 2 && Clock().IsMatch(text));
        // why: the word lists first as a plain substring search; the regexes (word bounds) run only when one is there.
        bool caption = len < 300 && text.AsSpan().IndexOfAny(CaptionStems) >= 0 && CaptionWords().IsMatch(text);
        x[i++] = B(caption);
        x[i++] = B(len < 200 && text.AsSpan().IndexOfAny(CommentStems) >= 0 && CommentWords().IsMatch(text));
        x[i++] = B(text.Contains('\n'));
        x[i++] = B(t.Separators >= 2);
        double pos = n > 1 ? (double)b / (n - 1) : 0;
        x[i++] = B(pos < 0.1); x[i++] = B(pos is >= 0.1 and < 0.3); x[i++] = B(pos is >= 0.3 and < 0.7); x[i++] = B(pos >= 0.7);
        x[i++] = B(prevKept); x[i++] = B(nextKept);
        x[i++] = B(prev is { Text.Length: >= 80 }); x[i++] = B(next is { Text.Length: >= 80 });
        x[i++] = B(prev is { LinkDensity: > 0.5 }); x[i++] = B(next is { LinkDensity: > 0.5 });
        x[i++] = B(kept && len < 40); x[i++] = B(kept && links >= 0.3); x[i++] = B(kept && (anc & Anc.Furniture) != 0);
        x[i++] = B(kept && (anc & Anc.Comments) != 0); x[i++] = kept ? 0 : (float)parentShare;
        x[i++] = B(kept && caption); x[i++] = B(kept && by);
    }

    private static float B(bool v) => v ? 1f : 0f;

    // why: every word of CaptionWords / CommentWords contains one of these, so no stem means no match.
    private static readonly System.Buffers.SearchValues<string> CaptionStems = System.Buffers.SearchValues.Create(
        ["photo", "image", "credit", "getty", "reuters", "afp", "pictured", "courtesy", "illustration"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> CommentStems = System.Buffers.SearchValues.Create(
        ["repl", "wrote:", "says:", "said...", "comment", "log in to", "report abuse", "permalink", "flag", "vote"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:by|written by|posted by|words by|story by|von|par)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ByStart();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:photo|photograph|image|credit|getty|reuters|afp|ap photo|file photo|pictured|courtesy|illustration)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionWords();

    [GeneratedRegex(@"\b(?:reply|replies|wrote:|says:|said\.\.\.|commented|log in to|report abuse|permalink|flag|votes?|\d+ comments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentWords();
}
