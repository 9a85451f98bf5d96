using NewsLens.Store;

namespace NewsLens.Web.Articles;

/// <summary>
/// Where the app keeps the articles it analysed, for the API, the pages and the dashboard: in memory
/// (<see cref="InMemoryArticleRepository"/>) or in the corpus store (<see cref="StoreArticleRepository"/>, SQLite or
/// PostgreSQL). Implementations are thread-safe.
/// </summary>
public interface IArticleRepository
{
    /// <summary>Keeps <paramref name="article"/> and returns it as kept: its <see cref="StoredArticle.Id"/> is the
    /// repository's (the same article kept twice keeps its first id).</summary>
    StoredArticle Add(StoredArticle article);

    StoredArticle? Get(string id);

    /// <summary>Articles matching the words of <paramref name="query"/> (all of them) and its filters, from its offset on.</summary>
    IReadOnlyList<ArticleRow> Search(SearchQuery query);

    /// <summary>The stories of the articles kept last, newest first, <paramref name="offset"/> skipped; each story's articles in publication order.</summary>
    IReadOnlyList<StoryListing> Stories(int limit, int offset);

    /// <summary>The articles kept last, newest first.</summary>
    IReadOnlyList<ArticleRow> Latest(int limit);

    /// <summary>What the dashboard counts, for the <paramref name="limit"/> articles kept last.</summary>
    IReadOnlyList<ArticleFigures> Figures(int limit);
}
