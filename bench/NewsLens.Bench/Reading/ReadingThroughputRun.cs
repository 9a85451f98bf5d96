using System.Diagnostics;
using NewsLens.Bench.Pipeline;
using NewsLens.Text;

namespace NewsLens.Bench.Reading;

/// <summary>
/// Reading + segmentation throughput on one core over the real corpora in ../shared/data (PTC, PolNeAR, BASIL,
/// SemEval XML): per corpus, the median over several passes of input MB/s for reading alone and for reading plus
/// <see cref="Segmenter"/>, and the allocation per input byte. Single-threaded, so MB/s is per core. The machine may
/// be shared, so rates are given both per wall-clock second and per second of CPU time used by the process
/// (the fair "per core" figure when other work competes for the cores).
/// Run: <c>dotnet run -c Release --project bench/NewsLens.Bench -- reading-throughput [passes]</c>.
/// </summary>
internal static class ReadingThroughputRun
{
    public static int Run(string[] args)
    {
        var root = CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        int passes = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 7;
        var corpora = ReadingCorpus.Find(root);
        long totalBytes = 0;
        double totalSeconds = 0;
        double totalCpu = 0;
        Console.WriteLine($"{"corpus",-28} {"files",6} {"MB",7} {"articles",8} {"fails",5} {"read MB/s",10} {"read+seg MB/s",14} {"(cpu) MB/s",11} {"alloc B/B",9}");
        // why: warm every corpus first, several times: tiered JIT promotes hot methods only after repeated calls,
        // and on a busy machine its background compiler lags; the first corpus measured must not pay for that.
        for (int w = 0; w < 3; w++)
            foreach (var corpus in corpora) Pass(corpus, segment: true);
        foreach (var corpus in corpora)
        {
            var readOnly = Median(passes, () => Pass(corpus, segment: false).Seconds);
            var full = new List<(double Seconds, double Cpu, int Articles, int Fails, long Alloc)>();
            for (int i = 0; i < passes; i++) full.Add(Pass(corpus, segment: true));
            full.Sort((a, b) => a.Seconds.CompareTo(b.Seconds));
            var med = full[full.Count / 2];
            double mb = corpus.Bytes / 1e6;
            totalBytes += corpus.Bytes;
            totalSeconds += med.Seconds;
            double cpu = full.Select(f => f.Cpu).Order().ElementAt(full.Count / 2);
            totalCpu += cpu;
            Console.WriteLine($"{corpus.Name,-28} {corpus.Files.Count,6} {mb,7:0.00} {med.Articles,8} {med.Fails,5} {mb / readOnly,10:0.0} {mb / med.Seconds,14:0.0} {mb / cpu,11:0.0} {(double)med.Alloc / corpus.Bytes,9:0.0}");
        }
        Console.WriteLine($"all corpora: {totalBytes / 1e6:0.00} MB read + segmented at {totalBytes / 1e6 / totalSeconds:0.0} MB/s wall, {totalBytes / 1e6 / totalCpu:0.0} MB/s per CPU-second (medians of {passes} passes)");
        return 0;
    }

    private static (double Seconds, double Cpu, int Articles, int Fails, long Alloc) Pass(ReadingCorpus corpus, bool segment)
    {
        int articles = 0, fails = 0;
        long tokens = 0;
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        foreach (var item in corpus.Read())
        {
            if (item.Article is not { } a) { fails++; continue; }
            articles++;
            if (segment) tokens += Segmenter.Default.Segment(a.Text).Tokens.Length;
        }
        sw.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        GC.KeepAlive(tokens);
        return (sw.Elapsed.TotalSeconds, cpu.TotalSeconds, articles, fails, GC.GetAllocatedBytesForCurrentThread() - alloc0);
    }

    private static double Median(int n, Func<double> run)
    {
        var xs = Enumerable.Range(0, n).Select(_ => run()).Order().ToList();
        return xs[xs.Count / 2];
    }
}
