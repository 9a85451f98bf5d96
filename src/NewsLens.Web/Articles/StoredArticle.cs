using NewsLens.Pipeline;

namespace NewsLens.Web.Articles;

/// <summary>An article analysed through the app, kept with its analysis. <see cref="Id"/> is the repository's key.</summary>
/// <param name="AddedAt">when it was analysed here; null when read back from the store, which does not record it.</param>
public sealed record StoredArticle(string Id, AnalysisResult Result, DateTimeOffset? AddedAt)
{
    public string Title => Result.Document.Metadata.Title ?? Id;
}
