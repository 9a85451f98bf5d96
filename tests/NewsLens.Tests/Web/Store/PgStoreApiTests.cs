using NewsLens.Tests.Support;

namespace NewsLens.Tests.Web.Store;

/// <summary>The app on a PostgreSQL store (<c>newslens serve --db postgres://...</c>), a fresh database per test.</summary>
public sealed class PgStoreApiTests : IDisposable
{
    private readonly PgTestDatabase? _db;
    private readonly StoreWebApp? _app;

    public PgStoreApiTests()
    {
        if (PgTestDatabase.Unavailable is not null) return;
        _db = new PgTestDatabase();
        _app = new StoreWebApp(_db.ConnectionString);
    }

    public void Dispose()
    {
        _app?.Dispose();
        _db?.Dispose();
    }

    [PgFact] public Task Analysed_articles_are_stored_rows_that_every_endpoint_reads_back() => StoreApiChecks.Analysed_articles_are_stored_rows_that_every_endpoint_reads_back(_app!);
    [PgFact] public Task The_same_article_sent_twice_is_stored_once_under_one_id() => StoreApiChecks.The_same_article_sent_twice_is_stored_once_under_one_id(_app!);
    [PgFact] public Task Search_takes_the_store_filters_and_pages() => StoreApiChecks.Search_takes_the_store_filters_and_pages(_app!);
    [PgFact] public Task Stories_list_the_posted_articles_with_near_duplicates_marked() => StoreApiChecks.Stories_list_the_posted_articles_with_near_duplicates_marked(_app!);
    [PgFact] public Task Unknown_ids_are_404_and_bad_filters_400_problems() => StoreApiChecks.Unknown_ids_are_404_and_bad_filters_400_problems(_app!);
}
