using Microsoft.Data.Sqlite;
using NewsLens.Store;
using NewsLens.Store.Sqlite;

namespace NewsLens.Tests.Store.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Exec(string sql)
    {
        using var db = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void A_store_written_at_version_1_is_upgraded_on_opening_and_keeps_its_articles()
    {
        using (var old = SqliteArticleStore.Open(_temp.Path, schemaVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            old.Commit([TempStore.Article("k1", "The council met.")]);
        }
        using var store = _temp.Open();
        Assert.Equal(SqliteSchema.Current, store.SchemaVersion);
        Assert.Equal(1, store.Stats().Articles);
        store.SetStories([(1, "s1")]);
        Assert.Equal("s1", store.Articles().Single().Story);
    }

    [Fact]
    public void A_store_from_a_newer_program_is_refused_naming_both_versions()
    {
        using (_temp.Open()) { }
        Exec("PRAGMA user_version = 99");
        var ex = Assert.Throws<StoreException>(() => _temp.Open());
        Assert.Contains("schema version is 99, newer than this program's " + SqliteSchema.Current, ex.Message);
        Assert.Contains(_temp.Path, ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_sqlite_database_is_refused_as_not_a_store()
    {
        File.WriteAllText(_temp.Path, "these are not the bytes of a database, just some words long enough to fill a header block......");
        var ex = Assert.Throws<StoreException>(() => _temp.Open());
        Assert.Contains("not a NewsLens store", ex.Message);
    }

    [Fact]
    public void An_sqlite_file_holding_other_tables_is_refused_and_left_unchanged()
    {
        Exec("CREATE TABLE customers(id INTEGER)");
        var ex = Assert.Throws<StoreException>(() => _temp.Open());
        Assert.Contains("not a NewsLens store", ex.Message);
        using var db = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_master";
        Assert.Equal(1L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Reading_commands_do_not_create_a_store_where_there_is_none()
    {
        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(_temp.Path, create: false));
        Assert.Contains("no store there", ex.Message);
        Assert.False(File.Exists(_temp.Path));
    }
}
