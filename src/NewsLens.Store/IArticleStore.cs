namespace NewsLens.Store;

/// <summary>
/// Where analysed articles live: their text and metadata, each analysis layer apart (keyed by its analyzer's version and
/// model SHA-256), the report, a full-text index, and links between articles. The embedded implementation is
/// <see cref="Sqlite.SqliteArticleStore"/>; a server database implements the same contract.
/// One writer at a time; reads may run beside it. Not thread-safe: one instance per thread.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Record keys (canonical input path + record) that a committed batch holds, stored or found duplicate.</summary>
    IReadOnlySet<string> CommittedRecords();

    /// <summary>
    /// Writes a batch in one transaction: each article (or, when its canonical URL or normalised text is already
    /// stored, a record that it duplicates that article) and its record key. A crash leaves the whole batch or none of it.
    /// </summary>
    IReadOnlyList<CommitOutcome> Commit(IReadOnlyList<StoredArticle> batch);

    /// <summary>Ranked search with filters; an empty query lists the filtered articles, newest first.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>The stored report of article <paramref name="id"/> as JSON (indented or one line), or null when absent.</summary>
    string? Report(long id, bool indented = true);

    /// <summary>Every stored article (id, title, text, date, outlet, URL) in id order, streamed.</summary>
    IEnumerable<ArticleSummary> Articles();

    /// <summary>
    /// Ids of the articles analysed by pipeline <paramref name="pipeline"/> that lack a layer of <paramref name="current"/>
    /// (layer name → producer) or hold one written by another analyzer version or model; only layer
    /// <paramref name="layer"/> is compared when given.
    /// </summary>
    IReadOnlyList<long> Stale(string pipeline, IReadOnlyDictionary<string, Pipeline.AnalyzerInfo> current, string? layer = null);

    /// <summary>The stored text and metadata of article <paramref name="id"/>, to analyse it again; null when absent.</summary>
    (string Text, Text.ArticleMetadata Metadata)? Input(long id);

    /// <summary>Replaces the layers, report and search facets of stored article <paramref name="id"/> in one transaction; text and identity stay.</summary>
    void Replace(long id, StoredArticle analysed);

    /// <summary>Records links between articles (near-duplicate, story, ...); a link given again replaces its score.</summary>
    void Link(IReadOnlyList<ArticleLink> links);

    /// <summary>Sets the story each article belongs to (null clears it).</summary>
    void SetStories(IReadOnlyList<(long Article, string? Story)> stories);

    StoreStats Stats();

    /// <summary>The <paramref name="limit"/> articles stored last (highest ids), newest first.</summary>
    IReadOnlyList<ArticleSummary> Latest(int limit);

    /// <summary>
    /// The stories (<see cref="SetStories"/>) whose newest article was stored last, <paramref name="offset"/> skipped,
    /// at most <paramref name="limit"/>; each with its articles, earliest published first (undated last).
    /// </summary>
    IReadOnlyList<StoredStory> Stories(int limit, int offset = 0);

    /// <summary>The links of kind <paramref name="kind"/> from any of <paramref name="articles"/>.</summary>
    IReadOnlyList<ArticleLink> Links(IReadOnlyCollection<long> articles, string kind);

    /// <summary>How many items layer <paramref name="layer"/> holds in each of <paramref name="articles"/> that has it.</summary>
    IReadOnlyDictionary<long, int> LayerItemCounts(string layer, IReadOnlyCollection<long> articles);
}
