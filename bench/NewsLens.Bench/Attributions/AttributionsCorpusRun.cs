using System.Diagnostics;
using System.Globalization;
using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Analyzers.Sources;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Bench.Attributions;

/// <summary>
/// `attributions-corpus [TEXT_DIR...] [--runs N]`: single-thread throughput of attributions + sources (finder, publisher
/// outlet, sourcing profile) over a folder of .txt files (default: PolNeAR train and dev texts). Prints the median of N
/// runs in articles/s and MB/s, for the analyzers alone (documents segmented beforehand) and with segmentation, both per
/// wall-clock second and per CPU second of this process (the fair "per core" figure on a machine shared with other jobs).
/// </summary>
public static class AttributionsCorpusRun
{
    public static int Run(string[] args)
    {
        int runs = 5;
        var dirs = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else dirs.Add(args[i]);
        }
        if (dirs.Count == 0)
        {
            string root = FindShared("polnear-attribution");
            dirs.Add(Path.Combine(root, "train", "text"));
            dirs.Add(Path.Combine(root, "dev", "text"));
        }
        var texts = dirs.SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal)).Select(File.ReadAllText).ToList();
        double mb = texts.Sum(t => t.Length * 2.0) / 1e6;
        var model = AttributionsPipelineExtensions.LoadModel(ModelDirectory.Default);
        var registry = OutletRegistry.Embedded;
        IAnalyzer[] analyzers = [new AttributionExtractor(model), new OutletRater(registry), new SourceFinder(registry), new SourcingProfiler(registry)];
        var docs = texts.Select(t => Document.Create(t)).ToList();
        Console.WriteLine($"{texts.Count} articles, {texts.Sum(t => t.Length) / 1000} k chars; {runs} runs, 1 thread");
        foreach (var d in docs) foreach (var a in analyzers) a.Analyze(d, CancellationToken.None); // warm-up
        var analyzeOnly = new List<double>();
        var withSegmentation = new List<double>();
        var analyzeCpu = new List<double>();
        var withSegmentationCpu = new List<double>();
        var proc = Process.GetCurrentProcess();
        int relations = 0;
        for (int r = 0; r < runs; r++)
        {
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var d in docs) foreach (var a in analyzers) a.Analyze(d, CancellationToken.None);
            analyzeOnly.Add(sw.Elapsed.TotalSeconds);
            proc.Refresh();
            analyzeCpu.Add((proc.TotalProcessorTime - cpu0).TotalSeconds);
            cpu0 = proc.TotalProcessorTime;
            sw.Restart();
            relations = 0;
            foreach (var t in texts)
            {
                var d = Document.Create(t);
                foreach (var a in analyzers) a.Analyze(d, CancellationToken.None);
                relations += d.Get(AttributionLayers.Attributions).Count;
            }
            withSegmentation.Add(sw.Elapsed.TotalSeconds);
            proc.Refresh();
            withSegmentationCpu.Add((proc.TotalProcessorTime - cpu0).TotalSeconds);
        }
        foreach (var a in analyzers)
        {
            var sw = Stopwatch.StartNew();
            foreach (var d in docs) a.Analyze(d, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a.Info.Id}: {sw.Elapsed.TotalMilliseconds / docs.Count:0.000} ms/article (wall)"));
        }
        Report("attributions+sources (pre-segmented), wall", texts.Count, mb, analyzeOnly);
        Report("attributions+sources (pre-segmented), CPU", texts.Count, mb, analyzeCpu);
        Report("segmentation+attributions+sources, wall", texts.Count, mb, withSegmentation);
        Report("segmentation+attributions+sources, CPU", texts.Count, mb, withSegmentationCpu);
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        Console.WriteLine($"relations found per pass: {relations}");
        return 0;
    }

    private static void Report(string label, int n, double mb, List<double> seconds)
    {
        var s = seconds.Order().ToList();
        double median = s[s.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: median {median:0.000} s → {n / median:0} articles/s, {mb / median:0.0} MB/s (runs: {string.Join(", ", seconds.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))})"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string FindShared(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", name));
        throw new DirectoryNotFoundException("run from inside the repository (../shared/data is found beside it)");
    }
}
