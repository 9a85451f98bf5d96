using Npgsql;

namespace NewsLens.Store.Postgres;

/// <summary>
/// The scale-out store on PostgreSQL: the same concepts as the SQLite store (articles, layers apart, facets, records,
/// links), with articles in monthly partitions and a <c>tsvector</c> + GIN full-text index; the database also holds the
/// work queue (<see cref="Queue.WorkQueue"/>). Many processes may open one database together. One instance per
/// thread: it holds one connection.
/// </summary>
public sealed partial class PgArticleStore : IArticleStore
{
    private readonly NpgsqlDataSource _source;
    private readonly bool _ownsSource;
    internal NpgsqlConnection Db { get; }
    internal MonthlyPartitions Partitions { get; }

    /// <summary>The database as given, password hidden: for messages.</summary>
    public string Name { get; }

    private PgArticleStore(NpgsqlDataSource source, bool ownsSource, NpgsqlConnection db, string name)
    {
        (_source, _ownsSource, Db, Name) = (source, ownsSource, db, name);
        Partitions = new MonthlyPartitions(source);
    }

    /// <summary>Opens (and creates or migrates) the store in the database <paramref name="db"/>: a <c>postgres://</c> URL or an Npgsql connection string.</summary>
    /// <exception cref="StoreException">when the database cannot be reached or a newer program wrote it; the message names it, password hidden.</exception>
    public static PgArticleStore Open(string db)
    {
        string name = PgConnections.Redacted(db);
        var source = NpgsqlDataSource.Create(PgConnections.ConnectionString(db));
        try { return Open(source, name, ownsSource: true); }
        catch { source.Dispose(); throw; }
    }

    internal static PgArticleStore Open(NpgsqlDataSource source, string name, bool ownsSource)
    {
        NpgsqlConnection? con = null;
        try
        {
            con = source.OpenConnection();
            PgSchema.Migrate(con, name);
            return new PgArticleStore(source, ownsSource, con, name);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            con?.Dispose();
            throw new StoreException($"{name}: {ex.Message}", ex);
        }
        catch
        {
            con?.Dispose();
            throw;
        }
    }

    public int SchemaVersion => Convert.ToInt32(PgSchema.Scalar(Db, null, "SELECT max(version) FROM newslens_schema"), System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlySet<string> CommittedRecords()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT record_key FROM records");
        using var r = cmd.ExecuteReader();
        while (r.Read()) keys.Add(r.GetString(0));
        return keys;
    }

    /// <summary>A pooled connection to the same database, for work beside the store's own connection.</summary>
    internal NpgsqlConnection OpenConnection() => _source.OpenConnection();

    /// <summary>The server process id of the store's connection (to cut it off in tests).</summary>
    internal int BackendProcessId => Db.ProcessID;

    internal NpgsqlCommand Command(string sql, NpgsqlTransaction? tx = null) => new(sql, Db, tx);

    private static object Nullable(object? value) => value ?? DBNull.Value;

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Date(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetDateTime(i), TimeSpan.Zero);

    public void Dispose()
    {
        // why: a connection the server cut off (failover, pg_terminate_backend) fails its reset; closing it must not throw
        try { Db.Dispose(); }
        catch (NpgsqlException) { }
        if (_ownsSource) _source.Dispose();
    }
}
