using System.Collections.Concurrent;
using System.Diagnostics;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Store.Postgres.Queue;

public sealed class QueueWorkerTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    private PgArticleStore Open() => PgArticleStore.Open(_db!.ConnectionString);

    [PgFact]
    public void Four_workers_draining_one_queue_never_hold_the_same_item_and_commit_each_item_once()
    {
        const int Items = 400;
        using (var s = Open()) QueueFixtures.Fill(s, Items);
        var trace = new ConcurrentQueue<WorkEvent>();
        var threads = Enumerable.Range(0, 4).Select(w => new Thread(() =>
        {
            using var store = Open();
            // why: a short pause inside each analysis keeps batches open long enough for the workers to overlap
            new QueueWorker(store, $"w{w}", (item, ct) => { Thread.Sleep(1); return QueueFixtures.Stub(item, ct); }, trace.Enqueue)
                .Run(batch: 7, drain: true, TimeSpan.FromMilliseconds(50), CancellationToken.None);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var holds = new Dictionary<long, List<(string Worker, long From, long To)>>();
        var open = new Dictionary<(string, long), long>();
        foreach (var e in trace.OrderBy(e => e.Timestamp).ThenBy(e => e.Claimed ? 1 : 0))
        {
            if (e.Claimed) { open[(e.Worker, e.ItemId)] = e.Timestamp; continue; }
            if (!holds.TryGetValue(e.ItemId, out var list)) holds[e.ItemId] = list = [];
            list.Add((e.Worker, open[(e.Worker, e.ItemId)], e.Timestamp));
        }
        Assert.Equal(Items, holds.Count);
        foreach (var (item, list) in holds)
            foreach (var a in list)
                foreach (var b in list)
                    Assert.True(a == b || a.To <= b.From || b.To <= a.From, $"item {item} held by {a.Worker} and {b.Worker} at once");
        Assert.True(trace.Select(e => e.Worker).Distinct().Count() >= 2, "only one worker claimed anything; the test proves nothing");
        Assert.Equal(Items, _db!.Scalar("SELECT count(*) FROM work_log"));
        Assert.Equal(Items, _db.Scalar("SELECT count(DISTINCT record_key) FROM work_log"));
        Assert.Equal(Items, _db.Scalar("SELECT count(*) FROM work_items WHERE state = 'done'"));
        Assert.Equal(Items, _db.Scalar("SELECT count(*) FROM articles"));
    }

    [PgFact]
    public void A_worker_whose_connection_is_killed_leaves_its_items_to_another_within_30_seconds()
    {
        using (var s = Open()) QueueFixtures.Fill(s, 10);
        using var claimed = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var frozen = Open();
        int frozenPid = frozen.BackendProcessId;
        var stuck = new QueueWorker(frozen, "stuck", (item, ct) => { claimed.Set(); release.Wait(TimeSpan.FromSeconds(60)); return QueueFixtures.Stub(item, ct); });
        var stuckThread = new Thread(() => { try { stuck.RunBatch(10, CancellationToken.None); } catch (Npgsql.NpgsqlException) { } }) { IsBackground = true };
        stuckThread.Start();
        Assert.True(claimed.Wait(TimeSpan.FromSeconds(10)), "the first worker never claimed");
        using (var other = Open())
            Assert.Equal(0, new QueueWorker(other, "other", QueueFixtures.Stub).RunBatch(10, CancellationToken.None));

        _db!.Scalar($"SELECT count(*) FROM (SELECT pg_terminate_backend({frozenPid})) t");
        var clock = Stopwatch.StartNew();
        using var rescuer = Open();
        long done = 0;
        while (done < 10 && clock.Elapsed < TimeSpan.FromSeconds(30))
            done += new QueueWorker(rescuer, "rescuer", QueueFixtures.Stub).RunBatch(10, CancellationToken.None);
        Assert.Equal(10, done);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM work_log WHERE worker <> 'rescuer'"));
        release.Set();
        Assert.True(stuckThread.Join(TimeSpan.FromSeconds(10)), "the cut-off worker did not give up");
    }

    [PgFact]
    public void A_failed_item_keeps_its_error_and_succeeds_when_retried()
    {
        using var store = Open();
        var queue = new WorkQueue(store);
        queue.Enqueue([("ok:1", "in.jsonl:1", "Fine text."), ("bad:2", "in.jsonl:2", "poison text")]);
        var worker = new QueueWorker(store, "w", QueueFixtures.Stub);
        worker.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None);
        var counts = queue.Counts();
        Assert.Equal((0L, 1L, 1L), (counts.Pending, counts.Failed, counts.Done));
        Assert.Equal([("in.jsonl:2", "in.jsonl:2: cannot analyse")], queue.Failures(10).Select(f => (f.Location, f.Error)));

        Assert.Equal(1, queue.RetryFailed());
        var healed = new QueueWorker(store, "w2", (item, ct) => QueueFixtures.Stub(item with { Payload = "healed text" }, ct));
        healed.Run(batch: 10, drain: true, TimeSpan.Zero, CancellationToken.None);
        Assert.Equal((0L, 2L), (queue.Counts().Failed, queue.Counts().Done));
        Assert.Equal(2, _db!.Scalar("SELECT count(*) FROM articles"));
    }

    [PgFact]
    public void Enqueuing_a_record_key_again_adds_nothing()
    {
        using var store = Open();
        var queue = new WorkQueue(store);
        Assert.Equal(2, queue.Enqueue([("k:1", "a:1", "x"), ("k:2", "a:2", "y")]));
        Assert.Equal(1, queue.Enqueue([("k:2", "a:2", "y"), ("k:3", "a:3", "z")]));
        Assert.Equal(3, queue.Counts().Pending);
    }
}
