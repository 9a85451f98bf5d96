using System.Diagnostics;
using NewsLens.Analyzers;
using NewsLens.Pipeline;

namespace NewsLens.Bench.Pipeline;

/// <summary>
/// Whole-pipeline throughput on one core: every shipped analyzer over the real articles in ../shared/data,
/// single-threaded, several passes; prints the median articles/s and MB/s and the allocation per article.
/// Run: <c>dotnet run -c Release --project bench/NewsLens.Bench -- pipeline-corpus [passes]</c>.
/// </summary>
internal static class PipelineCorpusRun
{
    public static int Run(string[] args)
    {
        var root = CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        int passes = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 5;
        var articles = CorpusFiles.Load(root);
        var pipeline = NewsLensPipeline.CreateDefault(options: new PipelineOptions { ArticleTimeout = null });
        Console.WriteLine($"analyzers: {string.Join(", ", pipeline.Analyzers.Select(a => a.Id))}");
        long chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"articles: {articles.Count} ({string.Join(", ", articles.GroupBy(a => a.Corpus).Select(g => $"{g.Key} {g.Count()}"))}), {chars / 1e6:0.00} M chars");
        foreach (var a in articles.Take(20)) pipeline.Analyze(a.Text); // warm-up (JIT, model load)
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var perAnalyzer = new Dictionary<string, double>();
        var allocByAnalyzer = new Dictionary<string, long>();
        var cpuByCorpus = new Dictionary<string, List<double>>();
        long allocPerArticle = 0;
        int errors = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            long alloc0 = GC.GetAllocatedBytesForCurrentThread();
            int gc0 = GC.CollectionCount(0);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            string? corpus = null;
            var corpusCpu0 = TimeSpan.Zero;
            int corpusCount = 0;
            void CloseCorpus()
            {
                if (corpus is null) return;
                var spent = (Process.GetCurrentProcess().TotalProcessorTime - corpusCpu0).TotalSeconds;
                if (!cpuByCorpus.TryGetValue(corpus, out var l)) cpuByCorpus[corpus] = l = [];
                l.Add(corpusCount / spent);
            }
            foreach (var a in articles)
            {
                if (a.Corpus != corpus)
                {
                    CloseCorpus();
                    corpus = a.Corpus;
                    corpusCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                    corpusCount = 0;
                }
                corpusCount++;
                var r = pipeline.Analyze(a.Text);
                if (r.HasErrors) errors++;
                foreach (var t in r.Timings)
                {
                    perAnalyzer[t.AnalyzerId] = perAnalyzer.GetValueOrDefault(t.AnalyzerId) + t.Elapsed.TotalMilliseconds;
                    allocByAnalyzer[t.AnalyzerId] = allocByAnalyzer.GetValueOrDefault(t.AnalyzerId) + t.AllocatedBytes;
                }
            }
            CloseCorpus();
            sw.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            cpuRates.Add(articles.Count / cpu);
            allocPerArticle = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / articles.Count;
            rates.Add(articles.Count / sw.Elapsed.TotalSeconds);
            Console.WriteLine($"pass {pass + 1}: {rates[^1]:0} articles/s wall, {cpuRates[^1]:0} articles per CPU-second, {chars / sw.Elapsed.TotalSeconds / 1e6:0.00} M chars/s wall, {GC.CollectionCount(0) - gc0} gen0 GCs, GC pause {GC.GetTotalPauseDuration().TotalSeconds:0.00} s in all");
        }
        rates.Sort();
        cpuRates.Sort();
        double total = perAnalyzer.Values.Sum();
        foreach (var (id, ms) in perAnalyzer.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"  {id,-32} {ms / passes / articles.Count:0.000} ms/article ({ms / total:P0} of analyzer time), {allocByAnalyzer[id] / 1024.0 / passes / articles.Count:0.0} KiB/article allocated");
        foreach (var (name, list) in cpuByCorpus)
        {
            list.Sort();
            Console.WriteLine($"  corpus {name,-12} median {list[list.Count / 2]:0} articles per CPU-second");
        }
        double median = rates[rates.Count / 2];
        Console.WriteLine($"median: {median:0} articles/s wall (single thread), {cpuRates[cpuRates.Count / 2]:0} articles per CPU-second, {median * chars / articles.Count / 1e6:0.00} M chars/s, {allocPerArticle / 1024.0:0} KiB allocated per article, {errors} analyzer errors");
        return 0;
    }
}
