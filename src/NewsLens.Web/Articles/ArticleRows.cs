using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Store;

namespace NewsLens.Web.Articles;

/// <summary>List rows and dashboard figures of an article: from its analysis (in memory) or from the store's rows.</summary>
public static class ArticleRows
{
    private const int SnippetChars = 160;

    public static ArticleRow Of(StoredArticle a, string? outlet)
    {
        var doc = a.Result.Document;
        return new ArticleRow(a.Id, doc.Metadata.Title, outlet, doc.Metadata.CanonicalUrl ?? doc.Metadata.Url, doc.Metadata.Published,
            doc.GetSingle(VerdictLayers.Verdict)?.HyperpartisanProbability, doc.GetSingle(LeanLayers.Lean)?.Label, Snippet(doc.Text)) { AddedAt = a.AddedAt };
    }

    public static ArticleRow Of(SearchHit h) =>
        new(Id(h.Id), h.Title, h.Outlet, h.Url, h.Published, h.Verdict, h.Lean, h.Snippet);

    public static ArticleRow Of(ArticleSummary s) =>
        new(Id(s.Id), s.Title, s.Outlet, s.Url, s.Published, s.Verdict, s.Lean, Snippet(s.Text));

    public static ArticleFigures FiguresOf(StoredArticle a, string? outlet)
    {
        var doc = a.Result.Document;
        return new ArticleFigures(outlet, doc.Metadata.Published ?? a.AddedAt, doc.GetSingle(VerdictLayers.Verdict)?.Label, doc.GetSingle(LeanLayers.Lean)?.Label,
            Words(doc.Text), doc.Get(TechniqueLayers.Techniques).Count, doc.Get(ClaimLayers.Claims).Count(c => c.Class == ClaimClass.CheckWorthy));
    }

    public static ArticleFigures FiguresOf(ArticleSummary s, int techniqueSpans) =>
        new(s.Outlet, s.Published, VerdictLabel(s.Verdict), s.Lean, Words(s.Text), techniqueSpans, s.CheckWorthyClaims);

    /// <summary>The API's id of store article <paramref name="id"/>: its store id in decimal, as <c>newslens search</c> prints it.</summary>
    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // why: the store keeps the verdict's probability, not its label; the label is the probability against the verdict's
    // default threshold, as the verdict analyzer draws it unless a model sets another
    private static string? VerdictLabel(double? p) =>
        p is not { } v ? null : v >= new VerdictScorerOptions().Threshold ? ArticleVerdict.HyperpartisanLabel : ArticleVerdict.NotHyperpartisanLabel;

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Snippet(string text)
    {
        var head = text.Length > SnippetChars ? text[..SnippetChars] + "…" : text;
        return string.Join(' ', head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
