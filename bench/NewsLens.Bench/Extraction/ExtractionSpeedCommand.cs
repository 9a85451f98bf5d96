using System.Diagnostics;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-speed [--runs N] [--parse-only]</c>: single-threaded whole-corpus runs over the benchmark pages
/// (already decompressed in memory); prints pages/s and MB/s per run, the median, and bytes allocated per page.
/// <c>--parse-only</c> times the AngleSharp parse alone, the ceiling for any extractor built on it.
/// </summary>
public static class ExtractionSpeedCommand
{
    public static int Run(string[] args)
    {
        int runs = ExtractionScoreCommand.IntArg(args, "--runs", 7);
        bool parseOnly = args.Contains("--parse-only");
        var pages = BenchmarkCorpus.Load(ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory());
        double mb = pages.Sum(p => (double)p.Html.Length) / 1e6;
        var extractor = new HtmlArticleExtractor();
        var parser = new AngleSharp.Html.Parser.HtmlParser(HtmlParsing.OptionsFor(HtmlExtractorOptions.Default));
        Action<BenchmarkPage> work = parseOnly
            ? p => parser.ParseDocument(p.Html).Dispose()
            : p => extractor.Extract(p.Html, p.Url);
        for (int w = 0; w < 2; w++)
            foreach (var p in pages)
                work(p); // warm-up: two full passes so tiered JIT has promoted the hot paths
        var rates = new List<double>();
        long allocated = 0;
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var p in pages)
                work(p);
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            double rate = pages.Count / sw.Elapsed.TotalSeconds;
            rates.Add(rate);
            Console.WriteLine($"run {r + 1}: {rate:F1} pages/s, {mb / sw.Elapsed.TotalSeconds:F1} MB/s");
        }
        rates.Sort();
        Console.WriteLine($"{(parseOnly ? "parse only" : "extract")}: median {rates[rates.Count / 2]:F1} pages/s over {pages.Count} pages ({mb:F1} MB of HTML), "
            + $"{allocated / pages.Count / 1024.0:F0} KB allocated per page");
        return 0;
    }
}
