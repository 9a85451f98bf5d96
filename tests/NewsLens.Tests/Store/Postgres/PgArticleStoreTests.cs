using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Store.Postgres;

public sealed class PgArticleStoreTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    private PgArticleStore Open() => PgArticleStore.Open(_db!.ConnectionString);

    private static readonly DateTimeOffset March = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [PgFact]
    public void A_committed_article_is_found_by_a_stemmed_word_and_its_report_comes_back()
    {
        using var store = Open();
        var outcomes = store.Commit([TempStore.Article("a.jsonl:1", "The harbour councils voted to rebuild the pier.", url: "https://news.example/pier", title: "Pier vote", outlet: "Example Wire", published: March)]);
        Assert.False(outcomes[0].IsDuplicate);
        var hit = Assert.Single(store.Search(new SearchQuery { Text = "council" }));
        Assert.Equal((outcomes[0].Id, "Pier vote", "Example Wire"), (hit.Id, hit.Title, hit.Outlet));
        Assert.Contains("[councils]", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"The harbour councils voted to rebuild the pier.\"", store.Report(hit.Id), StringComparison.Ordinal);
        Assert.Empty(store.Search(new SearchQuery { Text = "\"rebuild harbour\"" }));
        Assert.Single(store.Search(new SearchQuery { Text = "\"rebuild the pier\"" }));
    }

    [PgFact]
    public void An_article_whose_url_or_text_is_stored_is_recorded_as_a_duplicate_of_it()
    {
        using var store = Open();
        var first = store.Commit([TempStore.Article("a:1", "One text.", url: "https://www.news.example/a?utm_source=x")])[0];
        var again = store.Commit([
            TempStore.Article("a:2", "Another text.", url: "https://news.example/a"),
            TempStore.Article("a:3", "  ONE   text. ", url: "https://news.example/b"),
            TempStore.Article("a:1", "ignored, the record is committed"),
        ]);
        Assert.Equal([("url", first.Id), ("text", first.Id), (null, first.Id)], again.Select(o => (o.DuplicateBy, o.Id)));
        Assert.Equal(1, store.Stats().Articles);
        Assert.Equal(3, store.CommittedRecords().Count);
    }

    [PgFact]
    public void Dated_articles_go_into_their_months_partition_and_undated_ones_into_the_default_one()
    {
        using var store = Open();
        store.Commit([
            TempStore.Article("p:1", "March text.", published: March),
            TempStore.Article("p:2", "April text.", published: March.AddMonths(1)),
            TempStore.Article("p:3", "Undated text."),
        ]);
        Assert.Equal(1, _db!.Scalar("SELECT count(*) FROM articles_2026_03"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM articles_2026_04"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM articles_undated"));
    }

    [PgFact]
    public void A_month_bounded_search_finds_only_that_months_articles()
    {
        using var store = Open();
        store.Commit([TempStore.Article("m:1", "Rates rose in March.", published: March), TempStore.Article("m:2", "Rates rose in May.", published: March.AddMonths(2))]);
        var hits = store.Search(new SearchQuery { Text = "rates", From = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero) });
        Assert.Equal("m:1", store.Input(Assert.Single(hits).Id)!.Value.Metadata.Id);
    }

    [PgFact]
    public void Filters_on_outlet_speaker_and_verdict_narrow_the_hits()
    {
        using var store = Open();
        store.Commit([
            TempStore.Article("f:1", "The mayor spoke about roads.", outlet: "Valley Ledger", facets: new ArticleFacets(0.9, "left", 1, ["Loaded_Language"], ["laura finch"])),
            TempStore.Article("f:2", "The mayor spoke about bridges.", outlet: "Example Wire", facets: new ArticleFacets(0.1, "right", 0, [], ["sam ode"])),
        ]);
        Assert.Equal(["f:1"], Keys(store, new SearchQuery { Text = "mayor", QuoteBy = "Finch" }));
        Assert.Equal(["f:2"], Keys(store, new SearchQuery { Text = "mayor", Outlet = "example wire" }));
        Assert.Equal(["f:1"], Keys(store, new SearchQuery { VerdictMin = 0.5, HasClaim = true, Technique = "loaded_language" }));
    }

    private static string[] Keys(PgArticleStore store, SearchQuery q) =>
        [.. store.Search(q).Select(h => store.Input(h.Id)!.Value.Metadata.Id ?? "")];

    [PgFact]
    public void An_article_replaced_with_a_newer_layer_is_no_longer_stale()
    {
        using var store = Open();
        long id = store.Commit([TempStore.Article("s:1", "Some text.")])[0].Id;
        var current = new Dictionary<string, NewsLens.Pipeline.AnalyzerInfo> { ["marks"] = new("test.marks", "2.0.0") };
        Assert.Equal([id], store.Stale("fast", current));
        store.Replace(id, TempStore.Article("s:1", "Some text.", version: "2.0.0"));
        Assert.Empty(store.Stale("fast", current));
        store.Link([new ArticleLink(id, id, "self", 1.0)]);
        store.SetStories([(id, "story-1")]);
        Assert.Equal(1, store.Stats().Links);
        Assert.Equal("story-1", Assert.Single(store.Articles()).Story);
    }

    [PgFact]
    public void A_database_written_by_a_newer_program_is_refused_by_name()
    {
        using (Open()) { }
        _db!.Scalar("UPDATE newslens_schema SET version = 99 RETURNING version");
        var ex = Assert.Throws<StoreException>(() => PgArticleStore.Open(_db.ConnectionString));
        Assert.Contains("schema version is 99", ex.Message, StringComparison.Ordinal);
    }
}
