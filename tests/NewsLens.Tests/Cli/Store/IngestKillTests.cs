using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace NewsLens.Tests.Cli.Store;

/// <summary>
/// Crash safety with real SIGKILLs: the built <c>newslens</c> ingests a corpus and is killed at random moments, then
/// the same command finishes it. The store must hold every input article exactly once and pass its integrity check.
/// </summary>
public sealed class IngestKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Records = 300;
    private const int Duplicates = 20;
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Corpus()
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        var sb = new StringBuilder();
        for (int i = 0; i < Records; i++)
        {
            // why: the last records repeat earlier URLs, so de-duplication is exercised across killed batches too
            int url = i < Records - Duplicates ? i : i - (Records - Duplicates);
            sb.Append($$"""{"id":"r{{i}}","title":"Bridge {{i}}","url":"https://news.example/{{url}}","text":"The council of town {{i}} met on Tuesday and voted to repair bridge {{i}}. \"We will act now,\" mayor Ann Lee said. Officials said the work would cost {{i}} million pounds and take {{i % 12 + 1}} weeks."}""").Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private Process Ingest(string corpus, string db)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "newslens.dll"), "ingest", corpus, "--db", db, "--pipeline", "fast", "--batch", "16", "-q" })
            psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEndAsync();
        return p;
    }

    private static long Count(string db, string sql)
    {
        if (!File.Exists(db)) return 0;
        using var con = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        con.Open();
        using var c = con.CreateCommand();
        c.CommandText = sql;
        try { return (long)c.ExecuteScalar()!; }
        catch (SqliteException) { return 0; } // no file yet, or killed before the schema was committed
    }

    [Fact]
    public void An_ingest_killed_at_random_moments_and_run_again_stores_every_article_exactly_once()
    {
        var corpus = Corpus();
        var db = Path.Combine(_dir, "store.db");
        var random = new Random(20261203);
        int kills = 0, midway = 0;
        var clock = Stopwatch.StartNew();
        long before = 0;
        for (int attempt = 0; attempt < 8 && clock.Elapsed < TimeSpan.FromSeconds(30); attempt++)
        {
            using var p = Ingest(corpus, db);
            // why: loading the models takes seconds on a busy machine; kill only once this run has committed a batch,
            // then at a random moment, so kills land mid-batch and mid-commit rather than during start-up
            var started = Stopwatch.StartNew();
            while (!p.HasExited && started.Elapsed < TimeSpan.FromSeconds(20) && Count(db, "SELECT count(*) FROM records") <= before) Thread.Sleep(50);
            if (p.WaitForExit(random.Next(0, 60))) { before = Count(db, "SELECT count(*) FROM records"); continue; }
            p.Kill(); // SIGKILL on Linux: no handler runs, no transaction is finished
            p.WaitForExit();
            kills++;
            long committed = Count(db, "SELECT count(*) FROM records");
            if (committed is > 0 and < Records) midway++;
            output.WriteLine($"kill {kills}: {committed} records committed");
            before = committed;
        }
        using (var last = Ingest(corpus, db))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromSeconds(60)), "the finishing run took over 60 s");
            Assert.Equal(0, last.ExitCode);
        }
        output.WriteLine($"{kills} kills in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(midway >= 2, $"only {midway} of {kills} kills came after some records and before the end; the test proves nothing");

        using var con = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        con.Open();
        long Scalar(string sql) { using var c = con.CreateCommand(); c.CommandText = sql; return (long)c.ExecuteScalar()!; }
        string Text(string sql) { using var c = con.CreateCommand(); c.CommandText = sql; return (string)c.ExecuteScalar()!; }
        Assert.Equal("ok", Text("PRAGMA integrity_check"));
        Assert.Equal(Records, Scalar("SELECT count(*) FROM records"));
        Assert.Equal(Records - Duplicates, Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(Records - Duplicates, Scalar("SELECT count(DISTINCT url_key) FROM articles"));
        Assert.Equal(Duplicates, Scalar("SELECT count(*) FROM records WHERE duplicate_by = 'url'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM records r LEFT JOIN articles a ON a.id = r.article_id WHERE a.id IS NULL"));
        // no torn article: each has the same full set of layers, and its full-text entry
        Assert.Equal(1, Scalar("SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM layers GROUP BY article_id)"));
        Assert.Equal(Records - Duplicates, Scalar("SELECT count(DISTINCT article_id) FROM layers"));
        Assert.Equal(Records - Duplicates, Scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'council'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM articles WHERE json_valid(report) = 0"));
    }
}
