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

    /// <summary>Puts failed items back to pending, their error kept until they are done; returns how many.</summary>
    public int RetryFailed()
    {
        using var cmd = store.Command("UPDATE work_items SET state = 'pending' WHERE state = 'failed'");
        return cmd.ExecuteNonQuery();
    }

    /// <summary>The failed items' locations and errors, oldest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<(string Location, string Error)> Failures(int limit)
    {
        using var cmd = store.Command("SELECT location, coalesce(error, '') FROM work_items WHERE state = 'failed' ORDER BY id LIMIT $1");
        cmd.Parameters.Add(new() { Value = limit });
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1)));
        return list;
    }
}
