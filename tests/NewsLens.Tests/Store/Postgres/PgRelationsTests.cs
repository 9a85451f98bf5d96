using NewsLens.Store.Postgres;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Store.Postgres;

public sealed class PgRelationsTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    [PgFact]
    public void Replacing_links_of_some_kinds_keeps_the_others_and_both_ends_see_them()
    {
        using var store = PgArticleStore.Open(_db!.ConnectionString);
        ArticleRelationsSpec.Replacing_links_of_some_kinds_keeps_the_others_and_both_ends_see_them(store);
    }

    [PgFact]
    public void Comparisons_are_replaced_as_a_whole_and_a_layer_is_read_alone()
    {
        using var store = PgArticleStore.Open(_db!.ConnectionString);
        ArticleRelationsSpec.Comparisons_are_replaced_as_a_whole_and_a_layer_is_read_alone(store);
    }
}
