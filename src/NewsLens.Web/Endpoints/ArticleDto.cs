using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Verdict;
using NewsLens.Web.Articles;

namespace NewsLens.Web.Endpoints;

/// <summary>One kept article in a list (search, stories): what tells it apart, and where its report is.</summary>
public sealed record ArticleDto(string Id, string Title, string? Source, string? Url, DateTimeOffset AddedAt,
    string? Verdict, double? HyperpartisanProbability, string? Lean, string Report, string Page)
{
    public static ArticleDto Of(StoredArticle a)
    {
        var doc = a.Result.Document;
        var verdict = doc.GetSingle(VerdictLayers.Verdict);
        return new ArticleDto(a.Id, a.Title, doc.Metadata.SiteName, doc.Metadata.Url, a.AddedAt, verdict?.Label, verdict?.HyperpartisanProbability,
            doc.GetSingle(LeanLayers.Lean)?.Label, $"/api/articles/{a.Id}", $"/articles/{a.Id}");
    }
}
