using Npgsql;

namespace NewsLens.Store.Postgres;

/// <summary>Tells a PostgreSQL address from a store file, and turns a <c>postgres://</c> URL into an Npgsql connection string.</summary>
public static class PgConnections
{
    /// <summary>True for <c>postgres://</c> / <c>postgresql://</c> URLs and for Npgsql connection strings (<c>Host=...;...</c>).</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("host=", StringComparison.OrdinalIgnoreCase) && db.Contains(';');

    /// <summary>
    /// The Npgsql connection string for <paramref name="db"/>: <c>postgres://user:password@host:port/database?key=value</c>
    /// (query keys are Npgsql keywords, e.g. <c>Pooling=false</c>) or a connection string as it is.
    /// </summary>
    /// <exception cref="StoreException">when the URL cannot be read.</exception>
    public static string ConnectionString(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        if (!Uri.TryCreate(db, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host))
            throw new StoreException($"{Redacted(db)}: not a PostgreSQL URL (postgres://user:password@host:port/database)");
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host, Port = u.IsDefaultPort || u.Port < 0 ? 5432 : u.Port };
        var user = u.UserInfo.Split(':', 2);
        if (user[0].Length > 0) b.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) b.Password = Uri.UnescapeDataString(user[1]);
        string database = Uri.UnescapeDataString(u.AbsolutePath.Trim('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try { b[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : ""; }
            catch (ArgumentException ex) { throw new StoreException($"{Redacted(db)}: {ex.Message}", ex); }
        }
        return b.ConnectionString;
    }

    /// <summary><paramref name="db"/> with its password hidden, for messages.</summary>
    public static string Redacted(string db)
    {
        if (db.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(db, UriKind.Absolute, out var u) && u.UserInfo.Contains(':'))
            return db.Replace(u.UserInfo, u.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal);
        try
        {
            var b = new NpgsqlConnectionStringBuilder(db);
            if (b.Password is not null) b.Password = "***";
            return b.ConnectionString;
        }
        catch (ArgumentException) { return db; }
    }
}
