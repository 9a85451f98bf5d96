using NewsLens.Pipeline;
using NewsLens.Store;
using static NewsLens.Tests.Store.TempStore;

namespace NewsLens.Tests.Store.Sqlite;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_new_store_file_is_created_on_first_use_at_the_latest_schema_version()
    {
        using var store = _temp.Open();
        Assert.True(File.Exists(_temp.Path));
        Assert.Equal(NewsLens.Store.Sqlite.SqliteSchema.Current, store.SchemaVersion);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void An_article_with_the_canonical_url_of_a_stored_one_is_recorded_as_its_duplicate_not_stored_again()
    {
        using var store = _temp.Open();
        var first = store.Commit([Article("a.jsonl:1", "The council met.", url: "https://www.example.com/a?utm_source=x")]);
        var second = store.Commit([Article("b.csv#1", "The council met on Tuesday.", url: "http://example.com/a/")]);
        Assert.Equal("url", second[0].DuplicateBy);
        Assert.Equal(first[0].Id, second[0].Id);
        Assert.Equal(1, store.Stats().Articles);
        Assert.Equal(1, store.Stats().Duplicates);
    }

    [Fact]
    public void An_article_with_the_same_normalised_text_under_another_url_is_a_duplicate_within_one_batch_too()
    {
        using var store = _temp.Open();
        var outcomes = store.Commit([
            Article("a#1", "The council met.\nIt voted.", url: "https://one.example/a"),
            Article("a#2", "the COUNCIL met. It voted.  ", url: "https://two.example/b"),
        ]);
        Assert.Null(outcomes[0].DuplicateBy);
        Assert.Equal("text", outcomes[1].DuplicateBy);
        Assert.Equal(outcomes[0].Id, outcomes[1].Id);
    }

    [Fact]
    public void A_near_duplicate_is_stored_as_an_article_of_its_own_and_can_be_linked()
    {
        using var store = _temp.Open();
        var o = store.Commit([Article("a#1", "The council met on Tuesday and voted."), Article("a#2", "The council met on Monday and voted.")]);
        Assert.NotEqual(o[0].Id, o[1].Id);
        store.Link([new ArticleLink(o[1].Id, o[0].Id, "near-duplicate", 0.93)]);
        store.Link([new ArticleLink(o[1].Id, o[0].Id, "near-duplicate", 0.95)]);
        store.SetStories([(o[0].Id, "story-1"), (o[1].Id, "story-1")]);
        Assert.Equal(1, store.Stats().Links);
        Assert.All(store.Articles(), a => Assert.Equal("story-1", a.Story));
    }

    [Fact]
    public void A_record_committed_before_is_not_stored_twice()
    {
        using var store = _temp.Open();
        var first = store.Commit([Article("a.jsonl:1", "The council met.")]);
        var again = store.Commit([Article("a.jsonl:1", "The council met.")]);
        Assert.Equal(first[0].Id, again[0].Id);
        Assert.Equal(1, store.Stats().Articles);
        Assert.Contains("a.jsonl:1", store.CommittedRecords());
    }

    [Fact]
    public void Articles_lists_id_title_text_date_outlet_and_url_in_id_order()
    {
        using var store = _temp.Open();
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        store.Commit([Article("k1", "First text.", url: "https://x.example/1", title: "One", outlet: "X", published: day), Article("k2", "Second text.")]);
        var all = store.Articles().ToList();
        Assert.Equal(["First text.", "Second text."], all.Select(a => a.Text));
        Assert.Equal(("One", "X", day, "https://x.example/1"), (all[0].Title, all[0].Outlet, all[0].Published, all[0].Url));
    }

    [Fact]
    public void Articles_whose_layer_an_older_analyzer_version_wrote_are_stale_until_replaced()
    {
        using var store = _temp.Open();
        var ids = store.Commit([Article("k1", "One text.", version: "1.0.0"), Article("k2", "Two text.", version: "2.0.0")]).Select(o => o.Id).ToList();
        var current = new Dictionary<string, AnalyzerInfo> { ["marks"] = new("test.marks", "2.0.0") };
        Assert.Equal([ids[0]], store.Stale("fast", current));
        Assert.Empty(store.Stale("accurate", current));
        store.Replace(ids[0], Article("k1", "One text.", version: "2.0.0"));
        Assert.Empty(store.Stale("fast", current));
        Assert.Equal("One text.", store.Input(ids[0])!.Value.Text);
    }

    [Fact]
    public void A_layer_the_pipeline_now_writes_but_an_article_lacks_makes_it_stale()
    {
        using var store = _temp.Open();
        long id = store.Commit([Article("k1", "One text.")])[0].Id;
        var current = new Dictionary<string, AnalyzerInfo> { ["marks"] = new("test.marks", "1.0.0"), ["tags"] = new("test.tags", "1.0.0") };
        Assert.Equal([id], store.Stale("fast", current));
        Assert.Empty(store.Stale("fast", current, layer: "marks"));
    }
}
