using System.Diagnostics;
using System.Text;
using NewsLens.Tests.Support;
using Xunit.Abstractions;

namespace NewsLens.Tests.Cli.Store;

/// <summary>
/// Exactly-once with real SIGKILLs: a corpus is queued with <c>ingest --enqueue-only</c>, two built <c>newslens worker</c>
/// processes drain it and are killed at random moments, again and again, then one more drains the rest. The effects
/// log (<c>work_log</c>, no unique key) must name every record exactly once, and the store hold each article once.
/// </summary>
public sealed class WorkerKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Records = 240;
    private const int Duplicates = 16;
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-worker-kill-").FullName;
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose()
    {
        _db?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Corpus()
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        var sb = new StringBuilder();
        for (int i = 0; i < Records; i++)
        {
            // why: the last records repeat earlier URLs, so de-duplication between concurrent workers is exercised too
            int url = i < Records - Duplicates ? i : i - (Records - Duplicates);
            sb.Append($$"""{"id":"r{{i}}","title":"Bridge {{i}}","date":"2026-{{i % 12 + 1:D2}}-10","url":"https://news.example/{{url}}","text":"The council of town {{i}} met on Tuesday and voted to repair bridge {{i}}. \"We will act now,\" mayor Ann Lee said. Officials said the work would cost {{i}} million pounds."}""").Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private Process Newslens(params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newslens.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEndAsync();
        return p;
    }

    // why: every kill counts an attempt on the items held; these records are not at fault, so the limit is set out of reach
    private Process Worker(int n) => Newslens("worker", "--db", _db!.ConnectionString, "--pipeline", "fast", "--batch", "8", "--drain", "--worker-id", $"w{n}", "--max-attempts", "1000", "-q");

    [PgFact]
    public void Workers_killed_at_random_moments_leave_every_record_done_exactly_once()
    {
        using (var enqueue = Newslens("ingest", Corpus(), "--db", _db!.ConnectionString, "--enqueue-only", "-q"))
        {
            Assert.True(enqueue.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Equal(0, enqueue.ExitCode);
        }
        Assert.Equal(Records, _db.Scalar("SELECT count(*) FROM work_items WHERE state = 'pending'"));
        var random = new Random(20261203);
        int kills = 0, midway = 0, n = 0;
        var clock = Stopwatch.StartNew();
        long before = 0;
        for (int round = 0; round < 10 && clock.Elapsed < TimeSpan.FromSeconds(120); round++)
        {
            var pair = new[] { Worker(n++), Worker(n++) };
            // why: wait until this round has committed something (models load first), then kill at a random moment
            var started = Stopwatch.StartNew();
            while (pair.Any(p => !p.HasExited) && started.Elapsed < TimeSpan.FromSeconds(30) && _db.Scalar("SELECT count(*) FROM work_log") <= before) Thread.Sleep(50);
            Thread.Sleep(random.Next(0, 600));
            foreach (var p in pair)
            {
                if (!p.HasExited) { p.Kill(); kills++; } // SIGKILL: no handler runs, the open transaction is never committed
                p.WaitForExit();
                p.Dispose();
            }
            long done = _db.Scalar("SELECT count(*) FROM work_log");
            if (done is > 0 and < Records) midway++;
            output.WriteLine($"round {round}: {done} items done");
            before = done;
            if (done == Records) break;
        }
        using (var last = Worker(n++))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromSeconds(120)), "the finishing worker took over 120 s");
            Assert.Equal(0, last.ExitCode);
        }
        output.WriteLine($"{kills} kills in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(midway >= 3, $"only {midway} rounds ended with some but not all items done; the test proves nothing");

        Assert.Equal(Records, _db.Scalar("SELECT count(*) FROM work_log"));
        Assert.Equal(Records, _db.Scalar("SELECT count(DISTINCT item_id) FROM work_log"));
        Assert.Equal(Records, _db.Scalar("SELECT count(*) FROM work_items WHERE state = 'done'"));
        Assert.Equal(Records, _db.Scalar("SELECT count(*) FROM records"));
        Assert.Equal(Records - Duplicates, _db.Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(Duplicates, _db.Scalar("SELECT count(*) FROM records WHERE duplicate_by = 'url'"));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)"));
        Assert.Equal(1, _db.Scalar("SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM layers GROUP BY article_id) t"));
        Assert.Equal(Records - Duplicates, _db.Scalar("SELECT count(*) FROM articles WHERE tsv @@ to_tsquery('english', 'council')"));
        Assert.True(_db.Scalar("SELECT count(DISTINCT worker) FROM work_log") >= 3, "the work was not spread over killed workers");
    }
}
