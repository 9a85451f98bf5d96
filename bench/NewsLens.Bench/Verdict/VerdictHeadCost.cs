using System.Diagnostics;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Verdict;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Text;

namespace NewsLens.Bench.Verdict;

/// <summary>
/// What the accurate verdict head (<c>verdict.encoder.bin</c>) adds to the accurate pipeline's time per article (issue
/// 13: at most 10%). Analyses ~700-word news articles once with the accurate pipeline (fast verdict), timing each,
/// then times the verdict step on those documents with and without the head, one thread, several passes.
/// Run: <c>dotnet NewsLens.Bench.dll verdict-head [passes]</c>.
/// </summary>
internal static class VerdictHeadCost
{
    public static int Run(string[] args)
    {
        int passes = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 5;
        var root = Pipeline.CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        static int Words(string t) => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var batch = Pipeline.CorpusFiles.Load(root).Where(a => Words(a.Text) is >= 600 and <= 800).Take(60).ToList();
        var models = ModelDirectory.Default;
        var pipeline = NewsLensPipeline.Create(new EncoderAnalyzer(StandardPipelines.EncoderFor(models)), models, verdictHead: false);
        foreach (var a in batch.Take(3)) pipeline.Analyze(a.Text); // warm-up
        var docs = new List<Document>();
        var pipelineMs = new List<double>();
        var sw = new Stopwatch();
        foreach (var a in batch)
        {
            sw.Restart();
            var r = pipeline.Analyze(a.Text);
            pipelineMs.Add(sw.Elapsed.TotalMilliseconds);
            docs.Add(r.Document);
        }
        var (verdictModel, headModel) = VerdictPipelineExtensions.LoadModels(models, useEncoder: true);
        var fast = new HyperpartisanScorer(verdictModel);
        var head = new HyperpartisanScorer(verdictModel, null, headModel);
        double PassMs(HyperpartisanScorer s)
        {
            sw.Restart();
            foreach (var d in docs) s.Analyze(d, CancellationToken.None);
            return sw.Elapsed.TotalMilliseconds / docs.Count;
        }
        PassMs(fast); PassMs(head); // warm-up
        var fastMs = new List<double>();
        var headMs = new List<double>();
        for (int i = 0; i < passes; i++) { fastMs.Add(PassMs(fast)); headMs.Add(PassMs(head)); }
        static double Median(List<double> v) { var s = v.Order().ToList(); return s[s.Count / 2]; }
        double pm = Median(pipelineMs), fm = Median(fastMs), hm = Median(headMs);
        Console.WriteLine($"{docs.Count} articles of 600-800 words; accurate pipeline (one thread at a time, fast verdict) median {pm:0.0} ms/article");
        Console.WriteLine($"verdict step median: fast {fm:0.00} ms, with the encoder head {hm:0.00} ms/article; the head adds {hm - fm:0.00} ms = {100 * (hm - fm) / pm:0.00}% of the pipeline's time");
        return 0;
    }
}
