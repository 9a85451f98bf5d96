using NewsLens.Stories;

namespace NewsLens.Web.Articles;

/// <summary>
/// The kept articles grouped into stories by the same clustering as <c>newslens stories</c> (<see cref="StoryClusterer"/>:
/// words and names of titles and leads, dates within a window), each story's articles in publication order.
/// </summary>
public static class StoryGrouper
{
    public static IReadOnlyList<IReadOnlyList<StoredArticle>> Group(IReadOnlyList<StoredArticle> articles)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stories = new StoryClusterer().Cluster([.. articles.Select(a => StoryArticles.From(a.Id, a.Result.Document))]);
        return [.. stories.Select(s => (IReadOnlyList<StoredArticle>)[.. s.ArticleIds.Select(id => byId[id])])];
    }
}
