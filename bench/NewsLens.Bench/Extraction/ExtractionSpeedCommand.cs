using System.Diagnostics;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-speed [--runs N] [--parse-only]</c>: single-threaded whole-corpus runs over the benchmark pages
/// (already decompressed in memory); prints pages/s and MB/s per run, the median, and bytes allocated per page.
/// <c>--parse-only</c> times the AngleSharp parse alone, the ceiling for any extractor built on it; <c>--compare</c>
/// alternates parse-only and extract passes so both see the same machine load (shared machines vary 2x);
/// <c>--compare --rules-ab</c> alternates the extractor without and with its block classifier instead.
/// </summary>
public static class ExtractionSpeedCommand
{
    public static int Run(string[] args)
    {
        int runs = ExtractionScoreCommand.IntArg(args, "--runs", 7);
        bool parseOnly = args.Contains("--parse-only");
        if (args.Contains("--compare"))
            return Compare(args, runs);
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

    private static int Compare(string[] args, int runs)
    {
        var pages = BenchmarkCorpus.Load(ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory());
        var extractor = new HtmlArticleExtractor();
        var parser = new AngleSharp.Html.Parser.HtmlParser(HtmlParsing.OptionsFor(HtmlExtractorOptions.Default));
        using var process = Process.GetCurrentProcess();
        // why: the machine is shared; pages per process CPU-second (GC threads included) is steadier than wall time.
        (double Wall, double Cpu) Pass(Action<BenchmarkPage> work)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var p in pages)
                work(p);
            sw.Stop();
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            return (pages.Count / sw.Elapsed.TotalSeconds, pages.Count / Math.Max(cpu, 1e-6));
        }
        // why: --rules-ab puts the extractor without its block classifier in the parse slot, an A/B of the classifier's cost under one load.
        var rulesOnly = new HtmlArticleExtractor(new HtmlExtractorOptions { UseBlockClassifier = false });
        bool ab = args.Contains("--rules-ab");
        Action<BenchmarkPage> parse = ab ? p => rulesOnly.Extract(p.Html, p.Url) : p => parser.ParseDocument(p.Html).Dispose();
        Action<BenchmarkPage> extract = p => extractor.Extract(p.Html, p.Url);
        for (int w = 0; w < 2; w++) { Pass(parse); Pass(extract); }
        var parseRates = new List<double>();
        var extractRates = new List<double>();
        var parseCpu = new List<double>();
        var extractCpu = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            var p = Pass(parse);
            var e = Pass(extract);
            parseRates.Add(p.Wall);
            parseCpu.Add(p.Cpu);
            extractRates.Add(e.Wall);
            extractCpu.Add(e.Cpu);
            Console.WriteLine($"run {r + 1}: parse {p.Wall:F1} pages/s ({p.Cpu:F1}/CPU-s), extract {e.Wall:F1} pages/s ({e.Cpu:F1}/CPU-s)");
        }
        foreach (var list in new[] { parseRates, extractRates, parseCpu, extractCpu })
            list.Sort();
        double mp = parseRates[runs / 2], me = extractRates[runs / 2];
        string a = ab ? "rules alone" : "parse only";
        Console.WriteLine($"median: {a} {mp:F1} pages/s, extract {me:F1} pages/s (extract takes {mp / me:F2}x the {a} time)");
        Console.WriteLine($"median per process CPU-second: {a} {parseCpu[runs / 2]:F1} pages, extract {extractCpu[runs / 2]:F1} pages");
        return 0;
    }
}
