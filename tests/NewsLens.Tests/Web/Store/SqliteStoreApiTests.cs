namespace NewsLens.Tests.Web.Store;

/// <summary>The app on an SQLite store (<c>newslens serve --db FILE</c>), a fresh file per test.</summary>
public sealed class SqliteStoreApiTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-web-store-").FullName;
    private readonly StoreWebApp _app;

    public SqliteStoreApiTests() => _app = new StoreWebApp(Path.Combine(_dir, "web.db"));

    public void Dispose()
    {
        _app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact] public Task Analysed_articles_are_stored_rows_that_every_endpoint_reads_back() => StoreApiChecks.Analysed_articles_are_stored_rows_that_every_endpoint_reads_back(_app);
    [Fact] public Task The_same_article_sent_twice_is_stored_once_under_one_id() => StoreApiChecks.The_same_article_sent_twice_is_stored_once_under_one_id(_app);
    [Fact] public Task Search_takes_the_store_filters_and_pages() => StoreApiChecks.Search_takes_the_store_filters_and_pages(_app);
    [Fact] public Task Stories_list_the_posted_articles_with_near_duplicates_marked() => StoreApiChecks.Stories_list_the_posted_articles_with_near_duplicates_marked(_app);
    [Fact] public Task Unknown_ids_are_404_and_bad_filters_400_problems() => StoreApiChecks.Unknown_ids_are_404_and_bad_filters_400_problems(_app);

    [Fact]
    public async Task Articles_ingested_before_are_read_and_searched_through_the_app()
    {
        using (var store = NewsLens.Store.Sqlite.SqliteArticleStore.Open(_app.Db))
        {
            var pipeline = NewsLens.Encoders.StandardPipelines.Create(NewsLens.Pipeline.PipelineKind.Fast, new NewsLens.Models.ModelDirectory(null));
            var result = pipeline.Analyze("The harbour authority approved the new pier on Friday.", new NewsLens.Text.ArticleMetadata { Title = "Pier approved" });
            store.Commit([NewsLens.Store.StoredArticles.From(result, "/data/in.jsonl:1", pipeline.LayerProducers)]);
        }
        var client = _app.CreateClient();
        Assert.Contains("\"id\":\"1\"", await client.GetStringAsync("/api/search?q=pier"));
        Assert.Contains("Pier approved", await client.GetStringAsync("/articles/1"));
    }

    [Fact]
    public void A_store_that_cannot_be_opened_stops_the_app_at_start_naming_it()
    {
        string bad = Path.Combine(_dir, "no-such-folder", "x.db");
        var ex = Assert.ThrowsAny<Exception>(() => NewsLens.Web.NewsLensWeb.Build(["--urls", "http://127.0.0.1:0", "--NewsLens:Pipeline=fast", "--NewsLens:WarmUp=false", $"--NewsLens:Db={bad}"]));
        Assert.Contains("x.db", ex.Message);
    }
}
