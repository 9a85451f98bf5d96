using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Store;

namespace NewsLens.Web.Articles;

/// <summary>
/// The articles in the corpus store (SQLite file or PostgreSQL, as <c>newslens ingest</c> writes them): analysed
/// articles are committed as ingest commits them and given a story; reads come from the store, so several servers on
/// one PostgreSQL database see the same articles. Ids are store ids in decimal. Thread-safe.
/// </summary>
/// <param name="pipeline">the app's pipeline: its layer producers are recorded with each article, and its segmenter
/// reads stored reports back. Asked for only when first needed, so reads do not wait for the models to load.</param>
public sealed class StoreArticleRepository(StorePool pool, Func<AnalysisPipeline> pipeline) : IArticleRepository
{
    /// <summary>What record keys of articles analysed through the app start with (ingest's are file locations).</summary>
    public const string RecordKeyPrefix = "web:";

    // why: SQLite takes one writer at a time; a process's writers queue here rather than time out on the file lock
    private readonly Lock _write = new();

    public StoredArticle Add(StoredArticle article)
    {
        var row = StoredArticles.From(article.Result, RecordKeyPrefix + article.Id, pipeline().LayerProducers);
        CommitOutcome outcome;
        lock (_write)
            outcome = pool.Use(store =>
            {
                var o = store.Commit([row])[0];
                if (!o.IsDuplicate) StoryAssigner.Assign(store, o.Id, row);
                return o;
            });
        // why: a duplicate keeps the stored article's id, and the stored analysis is what that id shows
        return outcome.IsDuplicate && Get(ArticleRows.Id(outcome.Id)) is { } kept ? kept : article with { Id = ArticleRows.Id(outcome.Id) };
    }

    public StoredArticle? Get(string id)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long storeId)) return null;
        var json = pool.Use(store => store.Report(storeId));
        return json is null ? null : new StoredArticle(id, StoredReports.Result(json, pipeline().Segmenter), null);
    }

    public IReadOnlyList<ArticleRow> Search(SearchQuery query) => pool.Use(store => store.Search(query)).Select(ArticleRows.Of).ToList();

    public IReadOnlyList<StoryListing> Stories(int limit, int offset) => pool.Use(store =>
    {
        var stories = store.Stories(limit, offset);
        var links = store.Links([.. stories.SelectMany(s => s.Articles.Select(a => a.Id))], ArticleLink.NearDuplicate)
            .GroupBy(l => l.Article).ToDictionary(g => g.Key, g => g.MaxBy(l => l.Score)!.Other);
        return (IReadOnlyList<StoryListing>)[.. stories.Select(s => new StoryListing(s.Key, [.. s.Articles.Select(a =>
            ArticleRows.Of(a) with { NearDuplicateOf = links.TryGetValue(a.Id, out var first) ? ArticleRows.Id(first) : null })]))];
    });

    public IReadOnlyList<ArticleRow> Latest(int limit) => pool.Use(store => store.Latest(limit)).Select(ArticleRows.Of).ToList();

    public IReadOnlyList<ArticleFigures> Figures(int limit) => pool.Use(store =>
    {
        var latest = store.Latest(limit);
        var spans = store.LayerItemCounts(TechniqueLayers.Techniques.Name, [.. latest.Select(a => a.Id)]);
        return (IReadOnlyList<ArticleFigures>)[.. latest.Select(a => ArticleRows.FiguresOf(a, spans.GetValueOrDefault(a.Id)))];
    });
}
