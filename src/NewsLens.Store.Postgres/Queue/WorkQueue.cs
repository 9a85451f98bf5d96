using Npgsql;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// The work queue in the store's database: input records enqueued once each (by record key), claimed by workers with
/// <c>FOR UPDATE SKIP LOCKED</c> (<see cref="QueueWorker"/>), marked done or failed with their error. Not thread-safe.
/// </summary>
public sealed class WorkQueue(PgArticleStore store)
{
    /// <summary>Adds items (record key, location, payload); a record key already queued (in any state) is not added again. Returns how many were added.</summary>
    public int Enqueue(IReadOnlyList<(string RecordKey, string Location, string Payload)> items)
    {
        using var tx = store.Db.BeginTransaction();
        using var cmd = store.Command("INSERT INTO work_items(record_key, location, payload) VALUES($1, $2, $3) ON CONFLICT (record_key) DO NOTHING", tx);
        int added = 0;
        foreach (var (key, location, payload) in items)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.Add(new() { Value = key });
            cmd.Parameters.Add(new() { Value = location });
            cmd.Parameters.Add(new() { Value = payload.Replace("\0", "", StringComparison.Ordinal) });
            added += cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return added;
    }

    /// <summary>
    /// Counts by state. An item is <c>running</c> while a worker's transaction holds its row lock: the count comes from
    /// the pending rows that cannot be locked right now.
    /// </summary>
    public QueueCounts Counts()
    {
        using var cmd = store.Command("""
            SELECT
              (SELECT count(*) FROM work_items WHERE state = 'pending'),
              (SELECT count(*) FROM (SELECT 1 FROM work_items WHERE state = 'pending' FOR UPDATE SKIP LOCKED) unlocked),
              (SELECT count(*) FROM work_items WHERE state = 'failed'),
              (SELECT count(*) FROM work_items WHERE state = 'done'),
              (SELECT count(*) FROM work_items WHERE finished_at > now() - interval '1 minute' AND state = 'done'),
              (SELECT count(*) FROM work_items WHERE finished_at > now() - interval '1 hour' AND state = 'done'),
              (SELECT count(*) FROM jobs WHERE state = 'pending' OR state = 'running' AND lease_until < now()),
              (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_until >= now()),
              (SELECT count(*) FROM jobs WHERE state = 'failed'),
              (SELECT count(*) FROM jobs WHERE state = 'done')
            """);
        // why: FOR UPDATE needs a transaction that ends; roll it back so counting never holds a lock
        using var tx = store.Db.BeginTransaction();
        cmd.Transaction = tx;
        using var r = cmd.ExecuteReader();
        r.Read();
        long pending = r.GetInt64(0), unlocked = r.GetInt64(1);
        var counts = new QueueCounts(unlocked, pending - unlocked, r.GetInt64(2), r.GetInt64(3), r.GetInt64(4) / 60.0, r.GetInt64(5) / 3600.0,
            r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9));
        r.Close();
        tx.Rollback();
        return counts;
    }

    /// <summary>Puts every failed item back to pending with a fresh count of attempts, its error kept until it is done; returns how many.</summary>
    public int RetryFailed() => Retry(null);

    /// <summary>
    /// Puts the failed items among <paramref name="ids"/> (all failed items when null) back to pending with a fresh count
    /// of attempts; their errors are kept until they are done. Returns how many were put back: ids that are not failed are
    /// left as they are.
    /// </summary>
    public int Retry(IReadOnlyList<long>? ids)
    {
        using var tx = store.Db.BeginTransaction();
        using var cmd = store.Command("""
            WITH back AS (UPDATE work_items SET state = 'pending', attempts = 0 WHERE state = 'failed' AND ($1::bigint[] IS NULL OR id = ANY($1)) RETURNING id),
                 gone AS (DELETE FROM work_attempts a USING back WHERE a.item_id = back.id)
            SELECT count(*) FROM back
            """, tx);
        cmd.Parameters.Add(new() { Value = ids is null ? DBNull.Value : ids.ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
        int n = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        tx.Commit();
        return n;
    }

    /// <summary>The failed items, oldest first, at most <paramref name="limit"/>: id, location, last error and attempts made.</summary>
    public IReadOnlyList<QueueFailure> Failures(int limit)
    {
        using var cmd = store.Command("SELECT id, location, coalesce(error, ''), attempts FROM work_items WHERE state = 'failed' ORDER BY id LIMIT $1");
        cmd.Parameters.Add(new() { Value = limit });
        using var r = cmd.ExecuteReader();
        var list = new List<QueueFailure>();
        while (r.Read()) list.Add(new QueueFailure(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
        return list;
    }
}
