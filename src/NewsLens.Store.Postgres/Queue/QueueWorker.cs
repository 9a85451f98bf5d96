using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// Claims pending items with <c>SELECT ... FOR UPDATE SKIP LOCKED</c>, analyses them, and in the same transaction
/// stores the articles, marks the items done (or failed, with the error) and appends to <c>work_log</c>. The row locks
/// are the claim: a worker that crashes or loses its connection rolls back, and its items are pending again for others
/// at once; two workers never hold one item; each item's effects commit once. Not thread-safe: one per thread.
/// </summary>
/// <param name="analyse">turns an item into an article or an error; it must not throw for a bad item.</param>
/// <param name="trace">told when this worker claims and lets go of items (tests; costs nothing when null).</param>
public sealed class QueueWorker(PgArticleStore store, string workerId, Func<WorkItem, CancellationToken, WorkResult> analyse, Action<WorkEvent>? trace = null)
{
    public string WorkerId { get; } = workerId;

    /// <summary>Handles one batch of up to <paramref name="size"/> items; returns how many it committed (0: none pending).</summary>
    /// <exception cref="NpgsqlException">when the database fails or the connection is lost; nothing of the batch is kept.</exception>
    public int RunBatch(int size, CancellationToken ct)
    {
        var items = new List<WorkItem>(size);
        using var tx = store.Db.BeginTransaction();
        DateTime claimedAt;
        using (var claim = store.Command("SELECT id, record_key, location, payload, now() FROM work_items WHERE state = 'pending' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED", tx))
        {
            claim.Parameters.Add(new() { Value = size });
            using var r = claim.ExecuteReader();
            claimedAt = default;
            while (r.Read())
            {
                items.Add(new WorkItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)));
                claimedAt = r.GetDateTime(4);
            }
        }
        if (items.Count == 0) { tx.Rollback(); return 0; }
        Trace(items, claimed: true, committed: false);
        bool committed = false;
        try
        {
            var results = items.Select(i => analyse(i, ct)).ToList();
            ct.ThrowIfCancellationRequested();
            var stored = results.Select(r => r.Article).OfType<StoredArticle>().ToList();
            store.Partitions.Ensure(stored.Select(a => a.Published));
            store.Write(stored, tx);
            MarkDone(items, results, claimedAt, tx);
            tx.Commit();
            committed = true;
            return items.Count;
        }
        finally { Trace(items, claimed: false, committed); }
    }

    /// <summary>
    /// Runs batches until cancelled, or, with <paramref name="drain"/>, until none is pending; waits
    /// <paramref name="poll"/> when the queue is empty. A deadlock between workers storing the same keys rolls back
    /// one batch, which is tried again. Returns the items committed.
    /// </summary>
    public long Run(int batch, bool drain, TimeSpan poll, CancellationToken ct, Action<long>? progress = null)
    {
        long total = 0;
        while (!ct.IsCancellationRequested)
        {
            int n;
            try { n = RunBatch(batch, ct); }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure) { continue; }
            total += n;
            if (n > 0) { progress?.Invoke(total); continue; }
            if (drain) break;
            ct.WaitHandle.WaitOne(poll);
        }
        return total;
    }

    private void MarkDone(List<WorkItem> items, List<WorkResult> results, DateTime claimedAt, NpgsqlTransaction tx)
    {
        long[] ids = [.. items.Select(i => i.Id)];
        string[] states = [.. results.Select(r => r.Article is null ? "failed" : "done")];
        using (var update = store.Command("""
            UPDATE work_items w SET state = u.state, error = u.error, worker = $1, attempts = attempts + 1, finished_at = clock_timestamp()
            FROM unnest($2::bigint[], $3::text[], $4::text[]) AS u(id, state, error) WHERE w.id = u.id
            """, tx))
        {
            update.Parameters.Add(new() { Value = WorkerId });
            update.Parameters.Add(new() { Value = ids });
            update.Parameters.Add(new() { Value = states });
            update.Parameters.Add(new() { Value = results.Select(r => (object?)r.Error ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.ExecuteNonQuery();
        }
        // why: the effects log has no unique key on purpose: an item committed twice would show as two rows
        using var log = store.Command("""
            INSERT INTO work_log(item_id, record_key, worker, outcome, claimed_at)
            SELECT u.id, u.key, $1, u.state, $2 FROM unnest($3::bigint[], $4::text[], $5::text[]) AS u(id, key, state)
            """, tx);
        log.Parameters.Add(new() { Value = WorkerId });
        log.Parameters.Add(new() { Value = claimedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        log.Parameters.Add(new() { Value = ids });
        log.Parameters.Add(new() { Value = items.Select(i => i.RecordKey).ToArray() });
        log.Parameters.Add(new() { Value = states });
        log.ExecuteNonQuery();
    }

    private void Trace(List<WorkItem> items, bool claimed, bool committed)
    {
        if (trace is null) return;
        long now = Stopwatch.GetTimestamp();
        foreach (var i in items) trace(new WorkEvent(WorkerId, i.Id, claimed, now, committed));
    }
}
