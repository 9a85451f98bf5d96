using NewsLens.Web.Articles;

namespace NewsLens.Web.Endpoints;

/// <summary>One kept article in a list (search, stories): what tells it apart, and where its report is.</summary>
/// <param name="HyperpartisanProbability">the verdict's probability; <paramref name="NearDuplicateOf"/> the id of the
/// earlier article of the story whose text this one near-duplicates (stories only).</param>
public sealed record ArticleDto(string Id, string? Title, string? Source, string? Url, DateTimeOffset? Published, DateTimeOffset? AddedAt,
    double? HyperpartisanProbability, string? Lean, string Snippet, string? NearDuplicateOf, string Report, string Page)
{
    public static ArticleDto Of(ArticleRow a) =>
        new(a.Id, a.Title, a.Outlet, a.Url, a.Published, a.AddedAt, a.Hyperpartisan, a.Lean, a.Snippet, a.NearDuplicateOf, $"/api/articles/{a.Id}", $"/articles/{a.Id}");
}
