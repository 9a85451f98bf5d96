using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using NewsLens.Bench.Pipeline;

namespace NewsLens.Bench.Web;

/// <summary>
/// <c>api-load-1000w URL [seconds] [concurrency] [max-requests]</c>: a bounded load on a running NewsLens server from this
/// separate process: <c>concurrency</c> clients POST one 950-1,050-word article from ../shared/data to
/// <c>/api/analyze</c> back to back until <c>seconds</c> have passed or <c>max-requests</c> were sent, then it stops by
/// itself and prints requests, errors, requests/s and latency percentiles.
/// </summary>
internal static class ApiLoadRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("usage: api-load URL [seconds=60] [concurrency=8] [max-requests=100000]"); return 2; }
        var baseUrl = args[1].TrimEnd('/');
        double seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 60;
        int concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8;
        int maxRequests = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100_000;
        var root = CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        var article = CorpusFiles.Load(root).Select(a => a.Text).First(t => Words(t) is >= 950 and <= 1050);
        Console.WriteLine($"api-load: {baseUrl}/api/analyze, one article of {Words(article)} words, {concurrency} clients, {seconds:0} s or {maxRequests:N0} requests");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        // why: one warm-up request, so model loading and first-call JIT are not measured
        var warm = http.PostAsJsonAsync("/api/analyze", new { text = article }).GetAwaiter().GetResult();
        Console.WriteLine($"warm-up: {(int)warm.StatusCode}");

        var latencies = new List<double>[concurrency];
        int sent = 0, errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed.TotalSeconds < seconds && Interlocked.Increment(ref sent) <= maxRequests)
            {
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using var r = await http.PostAsJsonAsync("/api/analyze", new { text = article });
                    await r.Content.ReadAsByteArrayAsync();
                    if (!r.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (Exception) { Interlocked.Increment(ref errors); }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        double elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        Console.WriteLine(FormattableString.Invariant(
            $"requests {all.Count}, errors {errors}, {elapsed:0.0} s, {all.Count / elapsed:0.0} requests/s, p50 {P(0.5):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {all.LastOrDefault():0.0} ms"));
        return errors == 0 ? 0 : 1;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
