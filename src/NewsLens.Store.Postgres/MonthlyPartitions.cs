using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace NewsLens.Store.Postgres;

/// <summary>
/// Creates the monthly partitions of <c>articles</c> before rows for a month arrive. Runs on its own short
/// transaction: creating a partition locks the parent table, which must never wait inside a batch's transaction.
/// </summary>
internal sealed class MonthlyPartitions(NpgsqlDataSource source)
{
    private readonly ConcurrentDictionary<DateOnly, bool> _known = new();

    /// <summary>The partition key of an article: the first day of its month, or <c>-infinity</c> when undated.</summary>
    public static DateTime Month(DateTimeOffset? published) =>
        published is { } p ? new DateTime(p.UtcDateTime.Year, p.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Unspecified) : DateTime.MinValue;

    /// <summary>Makes sure a partition exists for each dated month of <paramref name="published"/>.</summary>
    public void Ensure(IEnumerable<DateTimeOffset?> published)
    {
        var missing = published.OfType<DateTimeOffset>().Select(p => DateOnly.FromDateTime(Month(p))).Distinct().Where(m => !_known.ContainsKey(m)).ToList();
        if (missing.Count == 0) return;
        using var db = source.OpenConnection();
        foreach (var m in missing)
        {
            using var tx = db.BeginTransaction();
            PgSchema.Exec(db, tx, $"SELECT pg_advisory_xact_lock({PgSchema.LockKey})");
            string name = $"articles_{m.Year:D4}_{m.Month:D2}";
            string from = m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = m.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            PgSchema.Exec(db, tx, $"CREATE TABLE IF NOT EXISTS {name} PARTITION OF articles FOR VALUES FROM ('{from}') TO ('{to}')");
            tx.Commit();
            _known[m] = true;
        }
    }
}
