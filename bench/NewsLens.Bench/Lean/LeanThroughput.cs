using System.Diagnostics;
using NewsLens.Analyzers.Lean;
using NewsLens.Models;
using NewsLens.Text;
using NewsLens.Training.Lean;

namespace NewsLens.Bench.Lean;

/// <summary>
/// Time per article of the lean analyzer on one thread, over the media-based valid articles of ../shared/data
/// (AllSides), on documents segmented beforehand: median of several runs, with and without the reasons.
/// Usage: <c>dotnet run -c Release --project bench/NewsLens.Bench -- lean [runs] [articles]</c>.
/// </summary>
public static class LeanThroughput
{
    public static int Run(string[] args)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 5;
        int limit = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 500;
        var data = Environment.GetEnvironmentVariable("NEWSLENS_SHARED_DATA") ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
        if (data is null || !Directory.Exists(data)) { Console.Error.WriteLine("bench lean: ../shared/data not found (set NEWSLENS_SHARED_DATA)"); return 2; }
        var docs = AllSidesCorpus.Read(data, "valid").Articles.Take(limit).Select(a => a.Doc).ToList();
        using var stream = File.OpenRead(ModelDirectory.Default.Require(LeanModel.Spec.FileName, LeanModel.Spec.TrainCommand));
        var model = LeanModel.Load(stream);
        Console.WriteLine($"{docs.Count} AllSides valid articles, {docs.Sum(d => d.Text.Length) / docs.Count} chars on average, {model.TermCount} terms, single thread, {runs} runs");
        Measure("lean with reasons", runs, docs, new LeanScorer(model));
        Measure("lean probabilities only", runs, docs, new LeanScorer(model, new LeanScorerOptions { Explain = false }));
        return 0;
    }

    private static void Measure(string name, int runs, List<Document> docs, LeanScorer scorer)
    {
        foreach (var d in docs.Take(50)) scorer.Analyze(d, CancellationToken.None); // warm-up
        var perArticle = new List<double>();
        var cpuPerArticle = new List<double>();
        var process = Process.GetCurrentProcess();
        foreach (var _ in Enumerable.Range(0, runs))
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var d in docs) scorer.Analyze(d, CancellationToken.None);
            perArticle.Add(sw.Elapsed.TotalMilliseconds / docs.Count);
            process.Refresh();
            // why: on a shared machine the wall clock also counts waiting for a core; CPU time per article is the per-core cost
            cpuPerArticle.Add((process.TotalProcessorTime - cpu).TotalMilliseconds / docs.Count);
        }
        // Per article: median over runs of the mean, and the median single-article time of one more pass.
        var single = new List<double>(docs.Count);
        foreach (var d in docs)
        {
            var sw = Stopwatch.StartNew();
            scorer.Analyze(d, CancellationToken.None);
            single.Add(sw.Elapsed.TotalMilliseconds);
        }
        perArticle.Sort();
        cpuPerArticle.Sort();
        single.Sort();
        Console.WriteLine($"{name,-26} median of run means {perArticle[perArticle.Count / 2]:0.000} ms/article wall, {cpuPerArticle[cpuPerArticle.Count / 2]:0.000} CPU-ms/article; median article {single[single.Count / 2]:0.000} ms, p90 {single[(int)(single.Count * 0.9)]:0.000} ms  (runs: {string.Join(", ", perArticle.Select(x => x.ToString("0.000")))})");
    }
}
