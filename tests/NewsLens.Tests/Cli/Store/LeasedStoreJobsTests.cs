using NewsLens.Cli;
using NewsLens.Cli.Store;
using NewsLens.Pipeline;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Cli.Store;

/// <summary><c>stories --db</c> and <c>reanalyze --db</c> on PostgreSQL run as leased jobs: one holder per window or month, fenced commits.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LeasedStoreJobsTests : IDisposable
{
    private static readonly LayerKey<Mark> Marks = new("marks");
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-leased-").FullName;

    public void Dispose()
    {
        _db?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Marks every word; version 2 first calls <c>gate</c>, where a test can freeze it.</summary>
    private sealed class Marker(string version, Action? gate = null) : IAnalyzer
    {
        public AnalyzerInfo Info { get; } = new("test.marker", version);
        public IReadOnlyList<LayerKey> Requires { get; } = [];
        public IReadOnlyList<LayerKey> Produces { get; } = [Marks];

        public void Analyze(Document document, CancellationToken cancellationToken)
        {
            gate?.Invoke();
            document.Set(Marks, [.. document.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => new Mark(t.Span, "w"))]);
        }
    }

    private static AnalysisPipeline Pipeline(string version, Action? gate = null) => new PipelineBuilder().Add(new Marker(version, gate)).Build();

    private void Ingest()
    {
        var input = Path.Combine(_dir, "a.jsonl");
        File.WriteAllText(input, """
            {"text":"The Council met in Northport on Monday.","date":"2026-03-02"}
            {"text":"Rain fell on the harbour all week.","date":"2026-03-05"}
            {"text":"The ferry ran late in April.","date":"2026-04-07"}

            """);
        Assert.Equal(ExitCodes.Ok, new IngestRunner(TextWriter.Null, (_, _) => Pipeline("1.0.0")).Run(new IngestSettings { Paths = [input], Db = _db!.ConnectionString, Quiet = true, Stories = false }, CancellationToken.None));
    }

    [PgFact]
    public async Task Stories_over_a_window_another_run_holds_commit_nothing_and_name_the_holder()
    {
        Ingest();
        using var other = PgArticleStore.Open(_db!.ConnectionString);
        var held = new JobLeases(other).Acquire("stories", "all", "other-host:42", TimeSpan.FromSeconds(60))!;

        int code;
        string err;
        using (var console = new ConsoleCapture())
        {
            code = await NewsLensCli.RunAsync(["stories", "--db", _db.ConnectionString, "-o", Path.Combine(_dir, "s.txt")]);
            err = console.Err.ToString();
        }

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("held by other-host:42", err, StringComparison.Ordinal);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM articles WHERE story IS NOT NULL"));
        held.Complete(_ => { });
        using (new ConsoleCapture())
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["stories", "--db", _db.ConnectionString, "-o", Path.Combine(_dir, "s.txt")]));
        Assert.Equal(3, _db.Scalar("SELECT count(*) FROM articles WHERE story IS NOT NULL"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM jobs WHERE kind = 'stories' AND state = 'done' AND token = 2"));
    }

    [PgFact]
    public void A_reanalysis_frozen_past_its_lease_commits_nothing_for_that_month_and_the_other_months_go_on()
    {
        Ingest();
        using var frozenAt = new ManualResetEventSlim();
        using var thaw = new ManualResetEventSlim();
        int calls = 0;
        // why: the first article analysed (March) freezes until the test has run the lease out and given the month to another holder
        void Gate() { if (Interlocked.Increment(ref calls) == 1) { frozenAt.Set(); thaw.Wait(TimeSpan.FromSeconds(60)); } }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = -1;
        var run = new Thread(() => code = new ReanalyzeRunner(stdout, stderr, (_, _) => Pipeline("2.0.0", Gate)).Run(_db!.ConnectionString, PipelineKind.Fast, null, "marks", 1, quiet: true, CancellationToken.None));
        run.Start();
        Assert.True(frozenAt.Wait(TimeSpan.FromSeconds(30)), "the re-analysis never started");
        _db!.Scalar("WITH u AS (UPDATE jobs SET lease_until = clock_timestamp() - interval '1 second' WHERE key = '2026-03' RETURNING 1) SELECT count(*) FROM u");
        using var other = PgArticleStore.Open(_db.ConnectionString);
        var taken = new JobLeases(other).Acquire("reanalyze fast marks", "2026-03", "other-host:7", TimeSpan.FromSeconds(60));
        Assert.NotNull(taken);
        thaw.Set();
        Assert.True(run.Join(TimeSpan.FromSeconds(60)), "the re-analysis did not end");

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("month 2026-03", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("not committed", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM layers WHERE name = 'marks' AND version = '1.0.0'"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM layers l JOIN articles a ON a.id = l.article_id WHERE l.version = '2.0.0' AND a.month = '2026-04-01'"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM jobs WHERE key = '2026-04' AND state = 'done'"));
    }
}
