using System.Diagnostics;
using NewsLens.Cli.Store;
using NewsLens.Encoders;
using NewsLens.Ingest;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Sqlite;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>ingest-speed [articles=2000] [passes=3]</c>: end-to-end ingest of ~500-word articles from JSON Lines into a fresh
/// store (the real <c>newslens ingest</c> runner), with the fast pipeline on 1 and on all cores, and with analysis
/// stubbed (segmentation only) on all cores; then one thread's cost per stage (read, analyse, build rows, commit).
/// Prints articles/s (wall), CPU seconds, store bytes per article and the load average.
/// </summary>
internal static class IngestSpeedRun
{
    public static int Run(string[] args)
    {
        int count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        int passes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var root = Pipeline.CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        var dir = Directory.CreateTempSubdirectory("newslens-ingest-bench-").FullName;
        try
        {
            var (corpus, meanWords) = IngestCorpus.Write(root, count, dir);
            Console.WriteLine($"corpus: {count} AllSides articles, mean {meanWords:0} words, {new FileInfo(corpus).Length / 1048576.0:0.0} MB JSONL; {Environment.ProcessorCount} cores; load {Load()}");
            var fast = StandardPipelines.Create(PipelineKind.Fast);
            var stub = new PipelineBuilder().Build();
            foreach (var (name, pipeline, jobs) in new[] { ("fast, 1 job", fast, 1), ($"fast, {Environment.ProcessorCount} jobs", fast, Environment.ProcessorCount), ($"stub (segmentation only), {Environment.ProcessorCount} jobs", stub, Environment.ProcessorCount) })
            {
                var rates = new List<double>();
                double cpu = 0, bytes = 0;
                for (int p = 0; p < passes; p++)
                {
                    var db = Path.Combine(dir, $"bench-{p}.db");
                    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                    var sw = Stopwatch.StartNew();
                    int code = new IngestRunner(TextWriter.Null, (_, _) => pipeline).Run(new IngestSettings { Paths = [corpus], Db = db, Jobs = jobs, Quiet = true }, CancellationToken.None);
                    sw.Stop();
                    if (code != 0) { Console.Error.WriteLine($"ingest failed with {code}"); return 1; }
                    rates.Add(count / sw.Elapsed.TotalSeconds);
                    cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                    using (var store = SqliteArticleStore.Open(db, create: false)) bytes = store.Stats().Bytes / (double)store.Stats().Articles;
                    foreach (var f in Directory.EnumerateFiles(dir, $"bench-{p}.db*")) File.Delete(f);
                }
                rates.Sort();
                Console.WriteLine($"{name,-40} median {rates[rates.Count / 2],7:0.0} articles/s (passes: {string.Join(", ", rates.Select(r => r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}); last pass {cpu:0.0} CPU-s = {count / cpu:0} articles per CPU-s; store {bytes / 1024:0.0} KB/article");
            }
            Stages(corpus, fast, dir);
            Console.WriteLine($"load after: {Load()}");
            return 0;
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>One thread, each stage over every article in turn: where an ingest's CPU time goes.</summary>
    private static void Stages(string corpus, AnalysisPipeline fast, string dir)
    {
        var sw = Stopwatch.StartNew();
        var items = new ReaderRegistry().Read(corpus).Where(i => i.Article is not null).ToList();
        double read = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var segmented = items.Select(i => NewsLens.Text.Document.Create(i.Article!.Text, i.Article.Metadata)).Count();
        double segment = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var results = items.Select(i => fast.Analyze(i.Article!.Text, i.Article.Metadata)).ToList();
        double analyse = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var rows = results.Select((r, k) => StoredArticles.From(r, items[k].Location, fast.LayerProducers)).ToList();
        double build = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        using (var store = SqliteArticleStore.Open(Path.Combine(dir, "stages.db")))
            foreach (var chunk in rows.Chunk(256)) store.Commit(chunk);
        double commit = sw.Elapsed.TotalMilliseconds;
        int n = items.Count;
        Console.WriteLine($"one thread, ms per article: read {read / n:0.00}, segment {segment / n:0.00} (inside analyse), analyse (fast) {analyse / n:0.00}, build rows {build / n:0.00}, commit {commit / n:0.00}");
        var perAnalyzer = results.SelectMany(r => r.Timings).GroupBy(t => t.AnalyzerId)
            .Select(g => (g.Key, Ms: g.Sum(t => t.Elapsed.TotalMilliseconds) / n)).OrderByDescending(x => x.Ms);
        Console.WriteLine("  analysers, ms per article: " + string.Join(", ", perAnalyzer.Select(x => $"{x.Key} {x.Ms:0.00}")));
        _ = segmented;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
