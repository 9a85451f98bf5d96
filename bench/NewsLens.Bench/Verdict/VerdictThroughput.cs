using System.Diagnostics;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Verdict;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Bench.Verdict;

/// <summary>
/// Corpus throughput of the style profile and the verdict on one thread, over real articles from
/// ../shared/data (SemEval-2019 by-article training articles). Prints articles/s and MB/s, median of several runs,
/// for: segmentation alone, segmentation + style, segmentation + style + verdict (with explanation).
/// Usage: <c>dotnet run -c Release --project bench/NewsLens.Bench -- verdict [runs]</c>.
/// </summary>
public static class VerdictThroughput
{
    public static int Run(string[] args)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 5;
        var data = Environment.GetEnvironmentVariable("NEWSLENS_SHARED_DATA") ?? FindSharedData();
        if (data is null) { Console.Error.WriteLine("bench verdict: ../shared/data not found (set NEWSLENS_SHARED_DATA)"); return 2; }
        var articles = SemEvalArticleReader.ReadArticles(Path.Combine(data, "semeval2019-hyperpartisan-byarticle", "articles-training-byarticle-20181122.xml"))
            .Select(a => (a.Text, Meta: new ArticleMetadata { Id = a.Id, Title = a.Title })).ToList();
        double mb = articles.Sum(a => a.Text.Length) * 2 / 1e6;
        Console.WriteLine($"{articles.Count} SemEval-2019 articles, {articles.Sum(a => a.Text.Length) / articles.Count} chars on average, single thread, {runs} runs");

        var style = new PipelineBuilder().UseStyle().Build();
        var full = new PipelineBuilder().UseStyle().UseVerdict(ModelDirectory.Default).Build();
        Measure("segmentation only", runs, articles, mb, (t, m) => Document.Create(t, m));
        Measure("segmentation + style", runs, articles, mb, (t, m) => style.Analyze(t, m));
        Measure("segmentation + style + verdict", runs, articles, mb, (t, m) => full.Analyze(t, m));

        // The analyzers alone, on documents segmented beforehand.
        var docs = articles.Select(a => Document.Create(a.Text, a.Meta)).ToList();
        var profiler = new StyleProfiler();
        using var stream = File.OpenRead(ModelDirectory.Default.Require(VerdictModel.Spec.FileName, VerdictModel.Spec.TrainCommand));
        var model = VerdictModel.Load(stream);
        var scorer = new HyperpartisanScorer(model);
        var computer = new VerdictComputer(model);
        foreach (var d in docs) profiler.Analyze(d, CancellationToken.None);
        var byText = docs.GroupBy(d => d.Text).ToDictionary(g => g.Key, g => g.First());
        Measure("style profiler only", runs, articles, mb, (t, _) => { profiler.Analyze(byText[t], CancellationToken.None); return t; });
        Measure("verdict with explanation only", runs, articles, mb, (t, _) => { scorer.Analyze(byText[t], CancellationToken.None); return t; });
        Measure("verdict probability only", runs, articles, mb, (t, _) => computer.Probability(byText[t], byText[t].GetSingle(StyleLayers.Profile)!));
        return 0;
    }

    private static void Measure(string name, int runs, List<(string Text, ArticleMetadata Meta)> articles, double mb, Func<string, ArticleMetadata, object> work)
    {
        foreach (var a in articles.Take(50)) work(a.Text, a.Meta); // warm-up
        var rates = new List<double>();
        var cpuRates = new List<double>();
        long allocated = 0;
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var a in articles) work(a.Text, a.Meta);
            sw.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            rates.Add(articles.Count / sw.Elapsed.TotalSeconds);
            cpuRates.Add(articles.Count / Math.Max(1e-6, cpu.TotalSeconds));
        }
        rates.Sort();
        cpuRates.Sort();
        double median = rates[rates.Count / 2];
        // why: on a shared machine wall time includes waiting for a core; articles per CPU-second is the per-core rate
        Console.WriteLine($"{name,-32} {median,7:0} articles/s wall  {cpuRates[cpuRates.Count / 2],7:0} articles/CPU-s  {median * mb / articles.Count,5:0.0} MB/s  {allocated / articles.Count / 1024.0,4:0} KiB/article  (wall runs: {string.Join(", ", rates.Select(x => x.ToString("0")))})");
    }

    private static string? FindSharedData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")))
            {
                var p = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(p) ? p : null;
            }
        return null;
    }
}
