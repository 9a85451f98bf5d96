using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Store.Postgres.Queue;

/// <summary>Items whose analysis throws, or whose worker dies while holding them, are tried a bounded number of times.</summary>
public sealed class PoisonItemTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    private PgArticleStore Open() => PgArticleStore.Open(_db!.ConnectionString);

    private static WorkResult Throwing(WorkItem item, CancellationToken ct) =>
        item.Payload.Contains("poison", StringComparison.Ordinal) ? throw new InvalidOperationException("tokeniser blew up") : QueueFixtures.Stub(item, ct);

    [PgFact]
    public void An_item_whose_analysis_throws_is_tried_max_attempts_times_then_failed_with_its_last_error()
    {
        using var store = Open();
        var queue = new WorkQueue(store);
        queue.Enqueue([("ok:1", "in.jsonl:1", "Fine text one."), ("bad:2", "in.jsonl:2", "poison text"), ("ok:3", "in.jsonl:3", "Fine text three.")]);

        new QueueWorker(store, "w", Throwing) { MaxAttempts = 3 }.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None);

        var counts = queue.Counts();
        Assert.Equal((0L, 1L, 2L), (counts.Pending, counts.Failed, counts.Done));
        var failure = Assert.Single(queue.Failures(10));
        Assert.Equal(("in.jsonl:2", 3), (failure.Location, failure.Attempts));
        Assert.Contains("tokeniser blew up", failure.Error, StringComparison.Ordinal);
        Assert.Contains("attempt 3 of 3", failure.Error, StringComparison.Ordinal);
        Assert.Equal(0, _db!.Scalar("SELECT count(*) FROM work_attempts"));
        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM articles"));
    }

    [PgFact]
    public void A_record_that_kills_its_worker_every_time_is_failed_after_three_attempts_and_its_batch_mates_are_done()
    {
        using (var s = Open())
            new WorkQueue(s).Enqueue([("ok:1", "in.jsonl:1", "Fine text one."), ("bad:2", "in.jsonl:2", "poison text"), ("ok:3", "in.jsonl:3", "Fine text three.")]);
        for (int death = 0; death < 3; death++)
        {
            // why: a worker that dies at the poison record: its backend is cut off and it never runs again, as after kill -9
            var dead = Open();
            int pid = dead.BackendProcessId;
            using var reached = new ManualResetEventSlim();
            var worker = new QueueWorker(dead, $"dead{death}", (item, ct) =>
            {
                if (item.Payload.Contains("poison", StringComparison.Ordinal)) { reached.Set(); Thread.Sleep(Timeout.Infinite); }
                return QueueFixtures.Stub(item, ct);
            }) { MaxAttempts = 3 };
            new Thread(() => worker.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None)) { IsBackground = true }.Start();
            Assert.True(reached.Wait(TimeSpan.FromSeconds(20)), $"death {death}: the poison record was never reached");
            _db!.Scalar($"SELECT count(*) FROM (SELECT pg_terminate_backend({pid})) t");
        }

        using var store = Open();
        // why: the survivor could analyse the record; it must give up on it without trying a fourth time
        var survivor = new QueueWorker(store, "survivor", (item, ct) => QueueFixtures.Stub(item with { Payload = "healed text " + item.Id }, ct)) { MaxAttempts = 3 };
        survivor.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None);

        var queue = new WorkQueue(store);
        Assert.Equal((0L, 1L, 2L), (queue.Counts().Pending, queue.Counts().Failed, queue.Counts().Done));
        var failure = Assert.Single(queue.Failures(10));
        Assert.Equal(("in.jsonl:2", 3), (failure.Location, failure.Attempts));
        Assert.Contains("stopped", failure.Error, StringComparison.Ordinal);
        Assert.Equal(0, _db!.Scalar("SELECT count(*) FROM work_log WHERE record_key = 'bad:2' AND outcome = 'done'"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM work_log WHERE record_key = 'bad:2' AND outcome = 'failed'"));
        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM articles"));
    }

    [PgFact]
    public void A_worker_stopped_by_cancellation_counts_no_attempt()
    {
        using var store = Open();
        new WorkQueue(store).Enqueue([("ok:1", "in.jsonl:1", "Fine text one.")]);
        using var cts = new CancellationTokenSource();
        var worker = new QueueWorker(store, "w", (item, ct) => { cts.Cancel(); ct.ThrowIfCancellationRequested(); return QueueFixtures.Stub(item, ct); });

        Assert.ThrowsAny<OperationCanceledException>(() => worker.RunBatch(10, cts.Token));

        Assert.Equal(0, _db!.Scalar("SELECT count(*) FROM work_attempts"));
        Assert.Equal(1, new WorkQueue(store).Counts().Pending);
    }

    [PgFact]
    public void Retrying_by_id_puts_back_only_those_items_with_a_fresh_count_of_attempts()
    {
        using var store = Open();
        var queue = new WorkQueue(store);
        queue.Enqueue([("bad:1", "in.jsonl:1", "poison one"), ("bad:2", "in.jsonl:2", "poison two")]);
        new QueueWorker(store, "w", Throwing) { MaxAttempts = 2 }.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None);
        var failed = queue.Failures(10);
        Assert.Equal(2, failed.Count);

        Assert.Equal(1, queue.Retry([failed[0].Id]));
        Assert.Equal(0, queue.Retry([failed[0].Id]));

        Assert.Equal((1L, 1L), (queue.Counts().Pending, queue.Counts().Failed));
        var healed = new QueueWorker(store, "w2", (item, ct) => QueueFixtures.Stub(item with { Payload = "healed text" }, ct)) { MaxAttempts = 2 };
        Assert.Equal(1, healed.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None));
        Assert.Equal("in.jsonl:2", Assert.Single(queue.Failures(10)).Location);
        Assert.Equal(1, queue.RetryFailed());
        Assert.Equal(1, queue.Counts().Pending);
    }
}
