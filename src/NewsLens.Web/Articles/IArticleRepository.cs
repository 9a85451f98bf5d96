namespace NewsLens.Web.Articles;

/// <summary>
/// Where the app keeps the articles it analysed, for <c>/api/articles</c>, search and stories. The in-memory one stands
/// in until the corpus store is wired here; implementations are thread-safe.
/// </summary>
public interface IArticleRepository
{
    /// <summary>Keeps <paramref name="article"/>, replacing one with the same id.</summary>
    void Add(StoredArticle article);

    StoredArticle? Get(string id);

    /// <summary>Articles whose title or text hold every word of <paramref name="query"/> (case-insensitive), newest first.</summary>
    IReadOnlyList<StoredArticle> Search(string query, int limit);

    /// <summary>Every article kept, newest first.</summary>
    IReadOnlyList<StoredArticle> All();
}
