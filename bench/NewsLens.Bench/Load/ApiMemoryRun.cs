using System.Diagnostics;
using System.Net.Http.Json;

namespace NewsLens.Bench.Load;

/// <summary>
/// Memory after a burst of large requests (issue 19): the server's resident memory before, then PATHOLOGICAL
/// concurrent 1 MB pathological requests, and once they are all answered, at 0, 30 and 60 s after: whether a small
/// request is answered (and how fast) and the server's RSS (<c>/proc/PID/status</c> VmRSS). Loopback only; every wait
/// is bounded. Run: <c>dotnet NewsLens.Bench.dll api-memory URL PID [PATHOLOGICAL=10]</c>; prints one
/// <c>result</c> line that <c>bench/scripts/api-memory.sh</c> takes medians of.
/// </summary>
internal static class ApiMemoryRun
{
    private const string Small = "The council approved the bridge budget on Monday. \u201CWe will act now,\u201D said Mayor Ann Cole.";

    public static int Run(string[] args)
    {
        if (args.Length < 3 || !Uri.TryCreate(args[1], UriKind.Absolute, out var baseUri) || !int.TryParse(args[2], out int pid))
        {
            Console.Error.WriteLine("usage: api-memory URL PID [PATHOLOGICAL=10]");
            return 2;
        }
        if (!baseUri.IsLoopback) { Console.Error.WriteLine("api-memory: only loopback addresses may be loaded"); return 2; }
        int pathological = args.Length > 3 ? int.Parse(args[3]) : 10;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = pathological + 2 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(10) };
        var (warmOk, _) = SmallRequest(http);
        double before = Rss(pid);
        Console.WriteLine($"before: small request {(warmOk ? "ok" : "FAILED")}, RSS {before:0} MB");

        var text = Pathological.PathologicalTexts.Make("cues", 1 << 20);
        var burst = Stopwatch.StartNew();
        double peak = 0;
        var heavy = Enumerable.Range(0, pathological).Select(_ => Task.Run(async () =>
        {
            try { using var r = await http.PostAsJsonAsync("/api/analyze", new { text }); await r.Content.ReadAsByteArrayAsync(); return (int)r.StatusCode; }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { return -1; }
        })).ToArray();
        while (!Task.WaitAll(heavy, TimeSpan.FromSeconds(1))) peak = Math.Max(peak, Rss(pid));
        peak = Math.Max(peak, Rss(pid));
        var codes = string.Join(", ", heavy.Select(t => t.Result).GroupBy(c => c).Select(g => $"{g.Key}x{g.Count()}"));
        Console.WriteLine($"burst: {pathological} concurrent 1 MB requests answered in {burst.Elapsed.TotalSeconds:0} s (status {codes}); peak RSS {peak:0} MB");

        var rss = new double[3];
        var answered = new bool[3];
        var after = Stopwatch.StartNew();
        for (int i = 0; i < 3; i++)
        {
            Thread.Sleep(TimeSpan.FromSeconds(30 * i) - after.Elapsed is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
            var (ok, ms) = SmallRequest(http);
            answered[i] = ok;
            rss[i] = Rss(pid);
            Console.WriteLine($"  t={30 * i,2} s after: small request {(ok ? $"ok in {ms:0} ms" : "FAILED")}, RSS {rss[i]:0} MB");
        }
        Console.WriteLine($"result before={before:0} peak={peak:0} t0={rss[0]:0} t30={rss[1]:0} t60={rss[2]:0} answered={answered.Count(a => a)}/3");
        return answered.All(a => a) ? 0 : 1;
    }

    private static (bool Ok, double Ms) SmallRequest(HttpClient http)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var r = http.PostAsJsonAsync("/api/analyze", new { text = Small }, cts.Token).GetAwaiter().GetResult();
            return (r.IsSuccessStatusCode, sw.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { return (false, sw.Elapsed.TotalMilliseconds); }
    }

    // Resident set of a process on this machine, in MB (Linux /proc).
    private static double Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        return double.NaN;
    }
}
