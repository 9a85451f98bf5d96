using System.Diagnostics;
using System.Net.Http.Json;

namespace NewsLens.Bench.Load;

/// <summary>
/// Bounded loopback load on the API (issue 19). Phase 1: CONCURRENCY clients post a short article we wrote to
/// <c>/api/analyze</c> for SECONDS; prints requests/s, errors (non-2xx or failed requests), latency median and p99,
/// and, with <c>--pid</c>, the server's resident memory each 10 s. Phase 2 (PATHOLOGICAL > 0): that many concurrent
/// 1 MB pathological requests, then <c>/healthz</c> latency and the server's memory every second for 60 s.
/// Only loopback addresses are accepted; every loop is bounded in count and time.
/// Run: <c>dotnet NewsLens.Bench.dll api-load URL [SECONDS=60] [CONCURRENCY=8] [PATHOLOGICAL=10] [--pid PID]</c>.
/// </summary>
internal static class ApiLoadRun
{
    private const string Article = "The council approved a 40 million pound budget for the bridge on Monday. \u201CWe will act now,\u201D said Mayor Ann Cole. " +
        "Critics said the plan was rushed, according to a statement from the opposition. The vote was seven to two. Work starts in May and should end in 2027.";

    public static int Run(string[] args)
    {
        var rest = args.ToList();
        int pid = 0;
        int pidAt = rest.IndexOf("--pid");
        if (pidAt >= 0 && pidAt + 1 < rest.Count) { pid = int.Parse(rest[pidAt + 1]); rest.RemoveRange(pidAt, 2); }
        if (rest.Count < 2 || !Uri.TryCreate(rest[1], UriKind.Absolute, out var baseUri)) { Console.Error.WriteLine("usage: api-load URL [SECONDS] [CONCURRENCY] [PATHOLOGICAL] [--pid PID]"); return 2; }
        if (!(baseUri.IsLoopback)) { Console.Error.WriteLine("api-load: only loopback addresses (127.0.0.0/8, localhost, [::1]) may be loaded"); return 2; }
        int seconds = rest.Count > 2 ? int.Parse(rest[2]) : 60, concurrency = rest.Count > 3 ? int.Parse(rest[3]) : 8, pathological = rest.Count > 4 ? int.Parse(rest[4]) : 10;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency + pathological + 2 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };

        // Phase 1: steady load for a fixed time.
        long ok = 0, errors = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var sw = Stopwatch.StartNew();
        var sampler = Task.Run(async () =>
        {
            while (DateTime.UtcNow < until)
            {
                if (pid > 0) Console.WriteLine($"  t={sw.Elapsed.TotalSeconds,5:0} s  server RSS {Rss(pid):0} MB  requests {ok + errors:N0}");
                await Task.Delay(TimeSpan.FromSeconds(10));
            }
        });
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var one = new Stopwatch();
            while (DateTime.UtcNow < until)
            {
                one.Restart();
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/analyze", new { text = Article });
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode) Interlocked.Increment(ref ok); else Interlocked.Increment(ref errors);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }
                latencies.Add(one.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        sampler.Wait();
        double elapsed = sw.Elapsed.TotalSeconds;
        var sorted = latencies.OrderBy(x => x).ToArray();
        Console.WriteLine($"steady: {seconds} s, {concurrency} clients: {ok:N0} ok, {errors:N0} errors, {(ok + errors) / elapsed:0.0} requests/s; " +
            $"latency median {sorted[sorted.Length / 2]:0.0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0.0} ms" + (pid > 0 ? $"; server RSS {Rss(pid):0} MB" : ""));
        if (pathological <= 0) return errors == 0 ? 0 : 1;

        // Phase 2: concurrent pathological requests, then health and memory for a minute.
        var text = Pathological.PathologicalTexts.Make("cues", 1 << 20);
        var heavy = Enumerable.Range(0, pathological).Select(_ => Task.Run(async () =>
        {
            try { using var r = await http.PostAsJsonAsync("/api/analyze", new { text }); return (int)r.StatusCode; }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { return -1; }
        })).ToArray();
        double worstHealth = 0;
        int healthFailures = 0;
        for (int s = 0; s < 60; s++)
        {
            var h = Stopwatch.StartNew();
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                using var r = http.GetAsync("/healthz", cts.Token).GetAwaiter().GetResult();
                if (!r.IsSuccessStatusCode) healthFailures++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { healthFailures++; }
            worstHealth = Math.Max(worstHealth, h.Elapsed.TotalMilliseconds);
            if (pid > 0 && s % 10 == 9) Console.WriteLine($"  after pathological: t={s + 1,3} s  server RSS {Rss(pid):0} MB  heavy done {heavy.Count(t => t.IsCompleted)}/{pathological}");
            Thread.Sleep(Math.Max(0, 1000 - (int)h.ElapsedMilliseconds));
        }
        var codes = heavy.Where(t => t.IsCompleted).Select(t => t.Result).GroupBy(c => c).Select(g => $"{g.Key}x{g.Count()}");
        Console.WriteLine($"pathological: {pathological} concurrent 1 MB requests (status {string.Join(", ", codes)}; {heavy.Count(t => !t.IsCompleted)} unfinished after 60 s); " +
            $"/healthz worst {worstHealth:0} ms, {healthFailures} failures" + (pid > 0 ? $"; server RSS after 60 s {Rss(pid):0} MB" : ""));
        return errors == 0 && healthFailures == 0 ? 0 : 1;
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
