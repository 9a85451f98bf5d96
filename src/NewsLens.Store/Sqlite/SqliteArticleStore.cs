using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, created on first use, migrated forward on opening
/// (<see cref="SqliteSchema"/>). A committed batch survives the process being killed at any moment. Not thread-safe.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _db;

    public string Path { get; }

    private SqliteArticleStore(SqliteConnection db, string path)
    {
        _db = db;
        Path = path;
    }

    /// <summary>Opens the store at <paramref name="path"/>, creating it when <paramref name="create"/> is set.</summary>
    /// <exception cref="StoreException">when the file is missing (and not to be created), not a NewsLens store, or from a newer program.</exception>
    public static SqliteArticleStore Open(string path, bool create = true, int? schemaVersion = null)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full)) throw new StoreException($"{path}: no store there (newslens ingest creates one)");
        if (Directory.Exists(full)) throw new StoreException($"{path}: is a folder, not a store file");
        var mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite;
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = mode, Pooling = false }.ToString());
        try
        {
            db.Open();
            // why: WAL lets searches read while an ingest writes; NORMAL keeps every committed batch across a killed
            // process (only a power cut can lose the last ones), at a fraction of FULL's fsyncs
            Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536;");
            SqliteSchema.Migrate(db, path, schemaVersion);
            return new SqliteArticleStore(db, full);
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw new StoreException(ex.SqliteErrorCode == 26 ? $"{path}: not a NewsLens store (not an SQLite database)" : $"{path}: {ex.Message}", ex);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public int SchemaVersion => SqliteSchema.Scalar(_db, "PRAGMA user_version");

    /// <summary>The result of <c>PRAGMA integrity_check</c>: <c>ok</c> for a sound file.</summary>
    public string IntegrityCheck()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public IReadOnlySet<string> CommittedRecords()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT record_key FROM records";
        using var r = cmd.ExecuteReader();
        while (r.Read()) keys.Add(r.GetString(0));
        return keys;
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private static long? UnixSeconds(DateTimeOffset? d) => d?.ToUnixTimeSeconds();

    private static DateTimeOffset? FromUnix(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(i));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public void Dispose() => _db.Dispose();
}
