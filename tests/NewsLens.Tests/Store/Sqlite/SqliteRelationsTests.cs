namespace NewsLens.Tests.Store.Sqlite;

public sealed class SqliteRelationsTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replacing_links_of_some_kinds_keeps_the_others_and_both_ends_see_them()
    {
        using var store = _temp.Open();
        ArticleRelationsSpec.Replacing_links_of_some_kinds_keeps_the_others_and_both_ends_see_them(store);
    }

    [Fact]
    public void Comparisons_are_replaced_as_a_whole_and_a_layer_is_read_alone()
    {
        using var store = _temp.Open();
        ArticleRelationsSpec.Comparisons_are_replaced_as_a_whole_and_a_layer_is_read_alone(store);
    }

    [Fact]
    public void A_version_3_store_gains_the_comparisons_table_on_opening()
    {
        using (var old = NewsLens.Store.Sqlite.SqliteArticleStore.Open(_temp.Path, schemaVersion: 3)) ArticleRelationsSpec.ThreeArticles(old);
        using var store = _temp.Open();
        store.ReplaceComparisons(3, [(1, "{}")]);
        Assert.Single(store.Comparisons(3));
    }
}
