using System.Diagnostics;
using NewsLens.Analyzers.Techniques;
using NewsLens.Text;

namespace NewsLens.Bench.Techniques;

/// <summary>
/// `dotnet run -c Release --project bench/NewsLens.Bench -- techniques [PTC_ARTICLES_DIR] [MODEL] [RUNS]`:
/// single-threaded throughput of the technique tagger over the PTC training articles, median of several runs,
/// both end to end (segmentation + SI + TC + reasons) and tagging alone (documents segmented beforehand).
/// </summary>
public static class TechniqueCorpusRun
{
    public static int Run(string[] args)
    {
        string repo = FindRepo();
        string dir = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "ptc-semeval2020-task11", "train-articles"));
        string modelPath = args.Length > 1 ? args[1] : Path.Combine(repo, "models", TechniqueModel.Spec.FileName);
        int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
        if (!Directory.Exists(dir)) { Console.Error.WriteLine($"articles folder not found: {dir}"); return 2; }
        var load = Stopwatch.StartNew();
        var model = TechniqueModel.Load(modelPath);
        Console.WriteLine($"model loaded in {load.Elapsed.TotalMilliseconds:0} ms");
        var texts = Directory.GetFiles(dir, "article*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        long chars = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"{texts.Length} articles, {chars / 1024.0 / 1024.0:0.00} M chars; {Environment.ProcessorCount} cores visible, 1 used");

        // warm-up
        foreach (var t in texts) model.Tag(Document.Create(t));

        var endToEnd = new List<double>();
        var tagOnly = new List<double>();
        var cpuEndToEnd = new List<double>();
        var proc = Process.GetCurrentProcess();
        int spans = 0;
        for (int r = 0; r < runs; r++)
        {
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            spans = 0;
            foreach (var t in texts) spans += model.Tag(Document.Create(t)).Count;
            endToEnd.Add(texts.Length / sw.Elapsed.TotalSeconds);
            proc.Refresh();
            cpuEndToEnd.Add(texts.Length / (proc.TotalProcessorTime - cpu0).TotalSeconds);

            var docs = texts.Select(t => Document.Create(t)).ToArray();
            sw.Restart();
            foreach (var d in docs) model.Tag(d);
            tagOnly.Add(texts.Length / sw.Elapsed.TotalSeconds);
        }
        double Median(List<double> xs) { var s = xs.OrderBy(x => x).ToList(); return s[s.Count / 2]; }
        Console.WriteLine($"end to end (segment + tag): median {Median(endToEnd):0} articles/s ({Median(endToEnd) * chars / texts.Length / 1e6:0.00} M chars/s) over {runs} runs; {spans} spans per pass");
        // why: on a shared machine the wall clock counts other people's work; CPU time of this process is what one core did
        Console.WriteLine($"end to end per CPU-second of this process (includes GC and JIT threads): median {Median(cpuEndToEnd):0} articles/s; load average now {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a")}");
        Console.WriteLine($"tagging only (pre-segmented): median {Median(tagOnly):0} articles/s over {runs} runs");
        Console.WriteLine($"allocated in total: {GC.GetTotalAllocatedBytes() / 1024 / 1024} MiB");
        return 0;
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "NewsLens.slnx"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
