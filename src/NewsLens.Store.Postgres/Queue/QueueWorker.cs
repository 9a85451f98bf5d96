using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// Claims pending items with <c>SELECT ... FOR UPDATE SKIP LOCKED</c>, analyses them, and in the same transaction
/// stores the articles, marks the items done (or failed, with the error) and appends to <c>work_log</c>. The row locks
/// are the claim: a worker that crashes or loses its connection rolls back, and its items are pending again for others
/// at once; two workers never hold one item; each item's effects commit once. Each claim is also an attempt, committed
/// apart before analysis (<see cref="WorkAttempts"/>): an item tried <see cref="MaxAttempts"/> times, by analyses that
/// threw or workers that died holding it, is marked failed; an item tried before is claimed alone, so a record that
/// kills its worker costs its batch mates one attempt at most. Not thread-safe: one per thread.
/// </summary>
/// <param name="analyse">turns an item into an article, or an error for a bad input (failed at once, never retried); an
/// exception counts as a failed attempt, and the item is tried again until <see cref="MaxAttempts"/>.</param>
/// <param name="trace">told when this worker claims and lets go of items (tests; costs nothing when null).</param>
public sealed class QueueWorker(PgArticleStore store, string workerId, Func<WorkItem, CancellationToken, WorkResult> analyse, Action<WorkEvent>? trace = null)
{
    public string WorkerId { get; } = workerId;

    /// <summary>Attempts an item gets before it is marked failed: an analysis that throws and a worker that dies holding it both count.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Handles one batch of up to <paramref name="size"/> items; returns how many it committed as done, failed or put back for another attempt (0: none pending).</summary>
    /// <exception cref="NpgsqlException">when the database fails or the connection is lost; nothing of the batch is kept.</exception>
    public int RunBatch(int size, CancellationToken ct)
    {
        using var tx = store.Db.BeginTransaction();
        // why: an item tried before may be the one that kills workers: take it alone, so it cannot cost others attempts
        var (items, claimedAt) = Claim(tx, "EXISTS", 1);
        if (items.Count == 0) (items, claimedAt) = Claim(tx, "NOT EXISTS", size);
        if (items.Count == 0) { tx.Rollback(); return 0; }
        long[] ids = [.. items.Select(i => i.Id)];
        var prior = WorkAttempts.Prior(store, tx, ids);
        if (items.Count == 1 && prior.TryGetValue(ids[0], out var p) && p.Count >= MaxAttempts)
        {
            string error = $"{items[0].Location}: gave up after {p.Count} attempt(s); the last {(p.LastError is { } e ? "failed: " + e : "ended without a result (its worker stopped: crash, kill or lost connection)")}";
            Finish(items, [new WorkOutcome("failed", null, error, p.Count)], claimedAt, tx);
            WorkAttempts.Finish(store, tx, ids, [], [true], [null]);
            tx.Commit();
            return 1;
        }
        Trace(items, claimed: true, committed: false);
        long[] attempts = WorkAttempts.Start(store, WorkerId, ids);
        bool committed = false;
        try
        {
            var outcomes = items.Select(i => Attempt(i, prior.TryGetValue(i.Id, out var pi) ? pi.Count + 1 : 1, ct)).ToList();
            ct.ThrowIfCancellationRequested();
            var stored = outcomes.Select(o => o.Article).OfType<StoredArticle>().ToList();
            store.Partitions.Ensure(stored.Select(a => a.Published));
            store.Write(stored, tx);
            Finish(items, outcomes, claimedAt, tx);
            WorkAttempts.Finish(store, tx, ids, attempts, [.. outcomes.Select(o => o.State != "pending")], [.. outcomes.Select(o => o.Error)]);
            tx.Commit();
            committed = true;
            return items.Count;
        }
        catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException or TimeoutException)
        {
            // why: a worker stopped on purpose or by the database is still here to say the items were not at fault
            WorkAttempts.Forget(store, attempts);
            throw;
        }
        finally { Trace(items, claimed: false, committed); }
    }

    /// <summary>
    /// Runs batches until cancelled, or, with <paramref name="drain"/>, until none is pending; waits
    /// <paramref name="poll"/> when the queue is empty. A deadlock between workers storing the same keys rolls back
    /// one batch, which is tried again. Returns the items committed (an item tried again counts each time).
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

    private (List<WorkItem> Items, DateTime ClaimedAt) Claim(NpgsqlTransaction tx, string triedBefore, int size)
    {
        var items = new List<WorkItem>(size);
        DateTime claimedAt = default;
        using var claim = store.Command($"""
            SELECT id, record_key, location, payload, now() FROM work_items w
            WHERE state = 'pending' AND {triedBefore} (SELECT 1 FROM work_attempts a WHERE a.item_id = w.id)
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
            """, tx);
        claim.Parameters.Add(new() { Value = size });
        using var r = claim.ExecuteReader();
        while (r.Read())
        {
            items.Add(new WorkItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)));
            claimedAt = r.GetDateTime(4);
        }
        return (items, claimedAt);
    }

    private WorkOutcome Attempt(WorkItem item, int attempt, CancellationToken ct)
    {
        try
        {
            var result = analyse(item, ct);
            return result.Article is { } a ? new WorkOutcome("done", a, null, attempt) : new WorkOutcome("failed", null, result.Error, attempt);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception ex)
        {
            string error = $"{item.Location}: attempt {attempt} of {MaxAttempts} failed: {ex.GetType().Name}: {ex.Message}";
            return new WorkOutcome(attempt >= MaxAttempts ? "failed" : "pending", null, error, attempt);
        }
    }

    private void Finish(List<WorkItem> items, IReadOnlyList<WorkOutcome> outcomes, DateTime claimedAt, NpgsqlTransaction tx)
    {
        long[] ids = [.. items.Select(i => i.Id)];
        string[] states = [.. outcomes.Select(o => o.State)];
        using (var update = store.Command("""
            UPDATE work_items w SET state = u.state, error = u.error, worker = $1, attempts = u.attempts,
              finished_at = CASE WHEN u.state = 'pending' THEN NULL ELSE clock_timestamp() END
            FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[]) AS u(id, state, error, attempts) WHERE w.id = u.id
            """, tx))
        {
            update.Parameters.Add(new() { Value = WorkerId });
            update.Parameters.Add(new() { Value = ids });
            update.Parameters.Add(new() { Value = states });
            update.Parameters.Add(new() { Value = outcomes.Select(o => (object?)o.Error ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.Parameters.Add(new() { Value = outcomes.Select(o => o.Attempts).ToArray() });
            update.ExecuteNonQuery();
        }
        // why: the effects log has no unique key on purpose: an item finished twice would show as two rows; an attempt
        // that will be retried has no effect to log
        using var log = store.Command("""
            INSERT INTO work_log(item_id, record_key, worker, outcome, claimed_at)
            SELECT u.id, u.key, $1, u.state, $2 FROM unnest($3::bigint[], $4::text[], $5::text[]) AS u(id, key, state) WHERE u.state <> 'pending'
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

    /// <summary>What one attempt at an item gave: its next state (done, failed, or pending to be tried again).</summary>
    private sealed record WorkOutcome(string State, StoredArticle? Article, string? Error, int Attempts);
}
