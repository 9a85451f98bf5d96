using System.Diagnostics;
using NewsLens.Encoders;
using NewsLens.FactChecks;
using NewsLens.Models;

namespace NewsLens.Bench.FactChecks;

/// <summary>
/// Time to match one claim against N synthetic verified claims on one thread: BM25 + int8 vector scan + re-ranking of
/// the merged candidates, the query's vector given (the encoder's own time per claim is timed apart, on real claims).
/// Usage: <c>NewsLens.Bench.dll match-speed [claims=100000] [queries=300] [runs=5]</c>.
/// </summary>
public static class MatchSpeed
{
    // why: on a loaded machine wall time counts waiting for a core; this thread's own CPU time does not (nor other threads' GC work)
    private static double ThreadCpu(MatchQuery[] queries, Action<MatchQuery> work)
    {
        var t0 = ThreadTime();
        foreach (var q in queries) work(q);
        return (ThreadTime() - t0).TotalMilliseconds / queries.Length;
    }

    // This thread's CPU time, from /proc (Linux), where ProcessThread gives no per-thread CPU for the calling thread.
    private static TimeSpan ThreadTime()
    {
        var stat = File.ReadAllText($"/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime + stime, in clock ticks (100 per second)
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }

    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        int queryCount = args.Length > 1 ? int.Parse(args[1]) : 300;
        int runs = args.Length > 2 ? int.Parse(args[2]) : 5;
        var gen = new SyntheticClaims(seed: 7);
        var claims = gen.Claims(n);
        var encoder = new PreparedVectors(gen.Vectors(2 * n, 384), "synthetic");
        var sw = Stopwatch.StartNew();
        var index = FactCheckIndex.Build(claims, encoder);
        Console.WriteLine($"{n:N0} synthetic claims indexed in {sw.Elapsed.TotalSeconds:0.0} s ({index.Lexical.TermCount:N0} terms)");
        var reRanker = FactCheckReRanker.Find(ModelDirectory.Default) is { } shipped
            ? new FactCheckReRanker(shipped.Weights().Select(w => w.Weight).ToArray(), 0, new float[MatchFeatures.Count], [.. Enumerable.Repeat(1f, MatchFeatures.Count)], "synthetic")
            : null;
        // why: the shipped re-ranker names the MiniLM encoder; its weights (not its standardisation) are reused so the cost is the same
        var matcher = new FactCheckMatcher(index, reRanker);
        var rng = new Random(11);
        var qVectors = gen.Vectors(queryCount, 384);
        var queries = Enumerable.Range(0, queryCount).Select(i => new MatchQuery(gen.Query(claims[rng.Next(n)]), qVectors[i])).ToArray();
        foreach (var q in queries.Take(20)) matcher.Match(q, 5); // warm-up
        var means = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            sw.Restart();
            foreach (var q in queries) matcher.Match(q, 5);
            means.Add(sw.Elapsed.TotalMilliseconds / queries.Length);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - c0).TotalMilliseconds / queries.Length);
        }
        var single = queries.Select(q => { var s = Stopwatch.StartNew(); matcher.Match(q, 5); return s.Elapsed.TotalMilliseconds; }).Order().ToArray();
        means.Sort();
        cpu.Sort();
        Console.WriteLine($"match top 5 (re-ranker: {(reRanker is null ? "none" : "shipped weights")}): median of {runs} run means {means[runs / 2]:0.000} ms/claim wall, {cpu[runs / 2]:0.000} CPU-ms/claim; median claim {single[single.Length / 2]:0.000} ms, p90 {single[(int)(single.Length * 0.9)]:0.000} ms");

        // The stages apart, thread CPU time per claim: BM25 accumulation, the int8 cosine scan, and the whole match.
        var scores = new float[n];
        var cosines = new float[n];
        var touched = new List<int>();
        Console.WriteLine($"stages, thread CPU-ms/claim: BM25 {ThreadCpu(queries, q => { Array.Clear(scores); touched.Clear(); index.Lexical.Score(q.Terms, scores, touched); }):0.000}, " +
            $"cosine scan {ThreadCpu(queries, q => index.ClaimVectors!.CosineAll(index.ClaimVectors.Prepare(q.Vector), cosines)):0.000}, " +
            $"whole match {ThreadCpu(queries, q => matcher.Match(q, 5)):0.000}");

        // The encoder's share: real sentences, one thread, each encoded alone.
        using var oneThread = TransformerEncoder.CreateMiniLm(new EncoderOptions { IntraOpNumThreads = 1 });
        var texts = claims.Take(64).Select(c => c.Text).ToArray();
        oneThread.EncodeTexts(texts[..8]);
        sw.Restart();
        foreach (var t in texts) oneThread.EncodeTexts([t]);
        Console.WriteLine($"encoder, one thread, one claim at a time: {sw.Elapsed.TotalMilliseconds / texts.Length:0.0} ms/claim ({texts.Length} synthetic claims)");
        return 0;
    }
}
