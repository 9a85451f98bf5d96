using NewsLens.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Tests.Store.Postgres;

public sealed class PgConnectionsTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example:6543/news", true)]
    [InlineData("postgresql://db.example/news", true)]
    [InlineData("Host=db.example;Database=news;Username=u", true)]
    [InlineData("newslens.db", false)]
    public void A_url_or_connection_string_names_postgres_and_anything_else_a_file(string db, bool postgres) =>
        Assert.Equal(postgres, PgConnections.IsPostgres(db));

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_its_parts_and_query_keywords()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(PgConnections.ConnectionString("postgres://ann%40lab:s3cr%3At@db.example:6543/news?Pooling=false"));
        Assert.Equal(("db.example", 6543, "news", "ann@lab", "s3cr:t", false), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password, cs.Pooling));
    }

    [Fact]
    public void A_url_with_an_unknown_keyword_is_refused_with_the_password_hidden()
    {
        var ex = Assert.Throws<StoreException>(() => PgConnections.ConnectionString("postgres://u:hunter2@db/news?Colour=blue"));
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("u:***@db/news", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_given_to_the_queue_commands_is_refused_by_name() =>
        Assert.Contains("needs a PostgreSQL store", Assert.Throws<StoreException>(() => StoreFactory.OpenPostgres("newslens.db")).Message, StringComparison.Ordinal);
}
