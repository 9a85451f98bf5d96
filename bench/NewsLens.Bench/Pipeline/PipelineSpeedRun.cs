using System.Diagnostics;
using NewsLens.Encoders;
using NewsLens.Pipeline;

namespace NewsLens.Bench.Pipeline;

/// <summary>
/// The speed figures of a standard pipeline (issue 12): load time, throughput on ~700-word news articles with both
/// cores busy, latency of one ~1,000-word article after loading, and peak memory. Articles are real news from
/// ../shared/data, picked by word count.
/// Run: <c>dotnet NewsLens.Bench.dll pipeline-speed accurate|fast [passes] [stride]</c> (stride: encoder window stride, default the shipped one).
/// </summary>
internal static class PipelineSpeedRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !StandardPipelines.TryParse(args[1], out var kind)) { Console.Error.WriteLine("usage: pipeline-speed accurate|fast [passes]"); return 2; }
        int passes = args.Length > 2 && int.TryParse(args[2], out var p) ? p : 5;
        var defaults = new EncoderOptions();
        int stride = args.Length > 3 && int.TryParse(args[3], out var st) ? st : defaults.Stride;
        var root = CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        var all = CorpusFiles.Load(root);
        static int Words(string t) => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var news = all.Select(a => (a.Corpus, a.Text, Words: Words(a.Text))).ToList();
        var batch = news.Where(a => a.Words is >= 600 and <= 800).Take(60).ToList();
        var long1k = news.Where(a => a.Words is >= 950 and <= 1050).Take(5).ToList();
        Console.WriteLine($"throughput set: {batch.Count} articles of 600-800 words (mean {batch.Average(a => a.Words):0}); latency set: {long1k.Count} articles of 950-1,050 words");
        int cores = Environment.ProcessorCount;

        // Load: the encoder (when accurate) and every model file, as `newslens analyze` does at start.
        var sw = Stopwatch.StartNew();
        var throughputPipeline = StandardPipelines.Create(kind, options: new PipelineOptions { ArticleTimeout = null },
            encoderOptions: new EncoderOptions { IntraOpNumThreads = 1, Stride = stride });
        double loadSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"load: {loadSeconds:0.00} s ({throughputPipeline.Info.Name}; analyzers {string.Join(", ", throughputPipeline.Analyzers.Select(a => a.Id))})");

        // Throughput: one article per core at a time, one encoder thread each (what `analyze -j 2` does on 2 cores).
        foreach (var a in batch.Take(4)) throughputPipeline.Analyze(a.Text); // warm-up
        var rates = new List<double>();
        for (int pass = 0; pass < passes; pass++)
        {
            sw.Restart();
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = cores }, a =>
            {
                if (throughputPipeline.Analyze(a.Text).HasErrors) throw new InvalidOperationException("an analyzer failed");
            });
            rates.Add(batch.Count / sw.Elapsed.TotalSeconds);
            Console.WriteLine($"pass {pass + 1}: {rates[^1]:0.00} articles/s ({cores} cores)");
        }

        // Latency: one article at a time, the encoder using every core.
        var latencyPipeline = StandardPipelines.Create(kind, options: new PipelineOptions { ArticleTimeout = null }, encoderOptions: new EncoderOptions { Stride = stride });
        foreach (var a in long1k.Take(2)) latencyPipeline.Analyze(a.Text);
        var latencies = new List<double>();
        for (int pass = 0; pass < passes; pass++)
            foreach (var a in long1k)
            {
                sw.Restart();
                latencyPipeline.Analyze(a.Text);
                latencies.Add(sw.Elapsed.TotalMilliseconds);
            }
        rates.Sort();
        latencies.Sort();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"median: {rates[rates.Count / 2]:0.00} articles/s on {cores} cores (700-word articles); " +
            $"1,000-word article latency median {latencies[latencies.Count / 2]:0} ms (max {latencies[^1]:0} ms); " +
            $"load {loadSeconds:0.00} s; stride {stride}; peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB");
        return 0;
    }
}
