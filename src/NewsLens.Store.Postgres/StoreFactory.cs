using NewsLens.Store.Sqlite;

namespace NewsLens.Store.Postgres;

/// <summary>Opens the store a <c>--db</c> value names: a <c>postgres://</c> URL or an Npgsql connection string is PostgreSQL, anything else an SQLite file.</summary>
public static class StoreFactory
{
    /// <param name="create">for a file: create it when missing (a database is always migrated forward; it must exist).</param>
    /// <exception cref="StoreException">when the store cannot be opened; the message names it (password hidden) and the problem.</exception>
    public static IArticleStore Open(string db, bool create = true) =>
        PgConnections.IsPostgres(db) ? PgArticleStore.Open(db) : SqliteArticleStore.Open(db, create);

    /// <summary>How messages name the store: the full file path, or the database with its password hidden.</summary>
    public static string Describe(IArticleStore store, string db) => store switch
    {
        SqliteArticleStore s => s.Path,
        PgArticleStore p => p.Name,
        _ => db,
    };

    /// <summary>The PostgreSQL store <paramref name="db"/> names, for the queue commands.</summary>
    /// <exception cref="StoreException">when <paramref name="db"/> names a file: the queue lives in PostgreSQL only.</exception>
    public static PgArticleStore OpenPostgres(string db) =>
        PgConnections.IsPostgres(db) ? PgArticleStore.Open(db)
            : throw new StoreException($"{db}: the work queue needs a PostgreSQL store (--db postgres://user:password@host/database)");
}
