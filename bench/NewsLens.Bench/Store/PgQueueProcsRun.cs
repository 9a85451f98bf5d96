using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using Npgsql;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>pg-queue-procs ADMIN_CONNECTION DATA_ROOT stub|fast [ITEMS] [RUNS] [WORKERS...]</c>: throughput of the PostgreSQL
/// queue with 1, 2, 4 worker <em>processes</em>. <c>stub</c>: each process is <see cref="PgQueueStubWorker"/> (claim +
/// store + mark done + commit, analysis a lookup of prebuilt 400-word articles without layers); <c>fast</c>: real
/// <c>newslens worker --pipeline fast --drain</c> processes over the same articles queued by <c>ingest --enqueue-only</c>.
/// The rate is items / (last commit - first claim), both read from the database's clock in <c>work_log</c>, so process
/// start and model loading are outside it. Also reported: workers' CPU seconds per article (stub: from the start line;
/// fast: whole processes, model loading included), the PostgreSQL server's CPU per article (every postgres process of
/// the machine, so other databases' work in the same seconds counts too), and the load average.
/// Prints each run, then medians per worker count and the scaling efficiency rate(n) / (n × rate(1)).
/// </summary>
internal static class PgQueueProcsRun
{
    public static int Run(string[] args)
    {
        string admin = args[1], data = args[2], mode = args[3];
        if (mode is not ("stub" or "fast")) { Console.Error.WriteLine("pg-queue-procs: mode must be stub or fast"); return 2; }
        int items = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2000;
        int runs = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3;
        int[] counts = args.Length > 6 ? [.. args[6..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1, 2, 4];
        var corpus = new SyntheticCorpus(data);
        string? jsonl = mode == "fast" ? Jsonl(Articles(corpus, items)) : null;
        var results = new Dictionary<int, List<Result>>();
        for (int run = 0; run < runs; run++)
            foreach (int workers in counts)
            {
                // why: the drop below ends every connection to the old database, pooled ones too
                NpgsqlConnection.ClearAllPools();
                string cs = PgBenchDatabase.Recreate(admin, "newslens_bench_procs");
                var r = mode == "stub" ? Stub(cs, data, items, workers) : Fast(cs, jsonl!, workers);
                (results.TryGetValue(workers, out var list) ? list : results[workers] = []).Add(r);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run + 1}, {workers} worker process(es): {r.Rate:0} articles/s; worker CPU {r.WorkerCpuMs:0.00} ms/article, server CPU {r.ServerCpuMs:0.00} ms/article; load {r.Load}"));
            }
        double single = Median(results[counts[0]].Select(r => r.Rate)) / counts[0];
        Console.WriteLine($"medians of {runs} run(s), {mode}, {items} items:");
        foreach (int w in counts)
        {
            var l = results[w];
            double rate = Median(l.Select(r => r.Rate));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {w} | {rate:0} | {rate / (w * single):P0} | {Median(l.Select(r => r.WorkerCpuMs)):0.00} | {Median(l.Select(r => r.ServerCpuMs)):0.00} |"));
        }
        return 0;
    }

    /// <summary>The bench's articles, the same in every process: 400 words each, record keys <c>bench:N</c>.</summary>
    public static IEnumerable<StoredArticle> Articles(SyntheticCorpus corpus, int items)
    {
        var r = new Random(3);
        for (int i = 0; i < items; i++) yield return corpus.Article(i, 400, r) with { RecordKey = $"bench:{i}" };
    }

    private sealed record Result(double Rate, double WorkerCpuMs, double ServerCpuMs, string Load);

    private static Result Stub(string cs, string data, int items, int workers)
    {
        using (var store = PgArticleStore.Open(cs))
            foreach (var chunk in Enumerable.Range(0, items).Chunk(1000)) new WorkQueue(store).Enqueue([.. chunk.Select(i => ($"bench:{i}", $"bench:{i}", "stub"))]);
        var procs = Enumerable.Range(0, workers).Select(w => Start(Environment.ProcessPath!, [typeof(PgQueueProcsRun).Assembly.Location, "pg-queue-stub-worker", cs, data, $"{items}", $"w{w}"], stdin: true)).ToList();
        foreach (var p in procs) if (p.StandardOutput.ReadLine() != "ready") throw new InvalidOperationException("a worker did not start");
        double server = ServerCpuSeconds();
        string load = File.ReadAllText("/proc/loadavg")[..14].Trim();
        foreach (var p in procs) p.StandardInput.WriteLine("go");
        double cpu = 0;
        foreach (var p in procs)
        {
            string last = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            if (p.ExitCode != 0 || !last.StartsWith("cpu ", StringComparison.Ordinal)) throw new InvalidOperationException($"a worker failed: {last}");
            cpu += double.Parse(last[4..], CultureInfo.InvariantCulture);
            p.Dispose();
        }
        return Finish(cs, items, cpu, server, load);
    }

    private static Result Fast(string cs, string jsonl, int workers)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "newslens.dll");
        using (var enqueue = Start(Environment.ProcessPath!, [cli, "ingest", jsonl, "--db", cs, "--enqueue-only", "-q"], stdin: false))
        {
            enqueue.StandardOutput.ReadToEnd();
            enqueue.WaitForExit();
            if (enqueue.ExitCode != 0) throw new InvalidOperationException("ingest --enqueue-only failed");
        }
        double children = ChildrenCpuSeconds(), server = ServerCpuSeconds();
        string load = File.ReadAllText("/proc/loadavg")[..14].Trim();
        var procs = Enumerable.Range(0, workers).Select(w => Start(Environment.ProcessPath!, [cli, "worker", "--db", cs, "--pipeline", "fast", "--drain", "-q", "--worker-id", $"w{w}"], stdin: false)).ToList();
        foreach (var p in procs)
        {
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException($"a worker exited with {p.ExitCode}");
            p.Dispose();
        }
        return Finish(cs, CountDone(cs), ChildrenCpuSeconds() - children, server, load);
    }

    private static Result Finish(string cs, long items, double workerCpu, double serverBefore, string load)
    {
        double server = ServerCpuSeconds() - serverBefore;
        using var con = new NpgsqlConnection(cs);
        con.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*), extract(epoch FROM max(done_at) - min(claimed_at)) FROM work_log WHERE outcome = 'done'", con);
        using var r = cmd.ExecuteReader();
        r.Read();
        long done = r.GetInt64(0);
        if (done != items) throw new InvalidOperationException($"{done} items done, {items} expected");
        double seconds = Convert.ToDouble(r.GetValue(1), CultureInfo.InvariantCulture);
        return new Result(done / seconds, workerCpu * 1000 / done, server * 1000 / done, load);
    }

    private static long CountDone(string cs)
    {
        using var con = new NpgsqlConnection(cs);
        con.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM work_items", con);
        return (long)cmd.ExecuteScalar()!;
    }

    private static string Jsonl(IEnumerable<StoredArticle> articles)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newslens-bench-procs-{Environment.ProcessId}.jsonl");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var a in articles)
            w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = a.RecordKey, ["title"] = a.Title, ["url"] = a.Url, ["outlet"] = a.Outlet,
                ["date"] = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["text"] = a.Text }));
        return path;
    }

    private static Process Start(string exe, string[] args, bool stdin)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardInput = stdin, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    /// <summary>CPU seconds of every postgres process now running plus the children they reaped (the postmaster's ended backends).</summary>
    private static double ServerCpuSeconds()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres") continue;
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // why: fields after the command name, which is in parentheses and may hold spaces; utime is field 14
                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)
                    + long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return ticks / 100.0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec, UserUsec, SysSec, SysUsec;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)] public long[] Rest;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    /// <summary>CPU seconds of this process's ended and reaped children (RUSAGE_CHILDREN).</summary>
    private static double ChildrenCpuSeconds()
    {
        GetRUsage(-1, out var u);
        return u.UserSec + u.UserUsec / 1e6 + u.SysSec + u.SysUsec / 1e6;
    }
}
