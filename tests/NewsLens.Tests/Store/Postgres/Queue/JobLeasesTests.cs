using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Store.Postgres.Queue;

public sealed class JobLeasesTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    private PgArticleStore Open() => PgArticleStore.Open(_db!.ConnectionString);

    [PgFact]
    public void A_frozen_holders_late_commit_is_rejected_once_another_worker_took_the_job()
    {
        using var a = Open();
        using var b = Open();
        new JobLeases(a).Add("warc", "crawl-0001.warc.gz");
        // why: terms of seconds, not milliseconds: a loaded test machine stalls a thread for hundreds of milliseconds
        var frozen = new JobLeases(a).Claim("frozen", TimeSpan.FromSeconds(2))!;
        Assert.Null(new JobLeases(b).Claim("second", TimeSpan.FromSeconds(30)));
        Thread.Sleep(2500); // the frozen holder misses its heartbeat
        var taken = new JobLeases(b).Claim("second", TimeSpan.FromSeconds(30))!;
        Assert.Equal((frozen.Id, frozen.Token + 1), (taken.Id, taken.Token));
        taken.Complete([TempStore.Article("warc:1", "Text the second worker wrote.")]);

        var ex = Assert.Throws<LeaseLostException>(() => frozen.Complete([TempStore.Article("warc:1", "Text the frozen worker wrote late.")]));
        Assert.Contains("not committed", ex.Message, StringComparison.Ordinal);
        Assert.False(frozen.Heartbeat(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, _db!.Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM articles WHERE text LIKE '%frozen%'"));
    }

    [PgFact]
    public void An_expired_lease_nobody_took_is_still_rejected_at_commit()
    {
        using var a = Open();
        new JobLeases(a).Add("cluster", "2026-03");
        var lease = new JobLeases(a).Claim("slow", TimeSpan.FromMilliseconds(200))!;
        Thread.Sleep(400);
        Assert.Throws<LeaseLostException>(() => lease.Complete((_, _) => { }));
        Assert.Equal(0, _db!.Scalar("SELECT count(*) FROM jobs WHERE state = 'done'"));
    }

    [PgFact]
    public void A_heartbeat_keeps_the_lease_past_its_first_term()
    {
        using var a = Open();
        using var b = Open();
        new JobLeases(a).Add("reanalyze", "articles_2026_03");
        var lease = new JobLeases(a).Claim("steady", TimeSpan.FromSeconds(2))!;
        for (int i = 0; i < 4; i++)
        {
            Thread.Sleep(500); // four renewals span a term: without them the lease would have run out
            Assert.True(lease.Heartbeat(TimeSpan.FromSeconds(2)));
        }
        Assert.Null(new JobLeases(b).Claim("thief", TimeSpan.FromSeconds(30)));
        lease.Complete((_, _) => { });
        Assert.Equal(1, _db!.Scalar("SELECT count(*) FROM jobs WHERE state = 'done'"));
    }

    [PgFact]
    public void A_job_another_holder_leases_cannot_be_acquired_until_that_holder_finishes_and_then_runs_again()
    {
        using var a = Open();
        using var b = Open();
        var first = new JobLeases(a).Acquire("stories", "all", "first", TimeSpan.FromSeconds(30))!;

        Assert.Null(new JobLeases(b).Acquire("stories", "all", "second", TimeSpan.FromSeconds(30)));
        Assert.Equal("first", new JobLeases(b).Holder("stories", "all")?.Owner);
        first.Complete(_ => { });
        var second = new JobLeases(b).Acquire("stories", "all", "second", TimeSpan.FromSeconds(30));

        Assert.NotNull(second);
        Assert.Equal(first.Token + 1, second.Token);
        Assert.Null(new JobLeases(a).Holder("stories", "other-window"));
    }

    [PgFact]
    public void A_keeper_renews_the_lease_through_work_longer_than_its_term()
    {
        using var a = Open();
        var term = TimeSpan.FromSeconds(1.5);
        var lease = new JobLeases(a).Acquire("reanalyze fast", "2026-03", "steady", term)!;
        using (var keeper = lease.KeepAlive(term))
        {
            Thread.Sleep(term * 3); // three terms: without renewals the lease would have run out twice over
            Assert.False(keeper.Lost.IsCancellationRequested);
        }
        lease.Complete(_ => { });
        Assert.Equal(1, _db!.Scalar("SELECT count(*) FROM jobs WHERE state = 'done'"));
    }

    [PgFact]
    public void A_keeper_tells_its_holder_when_another_took_the_job_and_the_holders_chunk_commit_is_rejected()
    {
        using var a = Open();
        using var b = Open();
        a.Commit([TempStore.Article("r:1", "The council met on Tuesday.")]);
        var term = TimeSpan.FromMilliseconds(300);
        var frozen = new JobLeases(a).Acquire("reanalyze fast", "2026-03", "frozen", term)!;
        using var keeper = frozen.KeepAlive(term);
        // why: a holder frozen past its lease is simulated by running the lease out in the database, then a takeover
        _db!.Scalar("WITH u AS (UPDATE jobs SET lease_until = clock_timestamp() - interval '1 second' RETURNING 1) SELECT count(*) FROM u");
        var taken = new JobLeases(b).Acquire("reanalyze fast", "2026-03", "second", TimeSpan.FromSeconds(30))!;

        Assert.True(keeper.Lost.WaitHandle.WaitOne(TimeSpan.FromSeconds(5)), "the keeper never noticed the lost lease");
        Assert.Throws<LeaseLostException>(() => frozen.Commit(w => w.SetStories([(1, "s-frozen")])));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM articles WHERE story IS NOT NULL"));
        taken.Commit(w => w.SetStories([(1, "s-second")]));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM articles WHERE story = 's-second'"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM jobs WHERE state = 'running'"));
    }
}
