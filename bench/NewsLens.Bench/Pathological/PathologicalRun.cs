using System.Diagnostics;
using NewsLens.Encoders;
using NewsLens.Pipeline;

namespace NewsLens.Bench.Pathological;

/// <summary>
/// Pathological text (issue 19): each generator of <see cref="PathologicalTexts"/> at a given size, analysed by the
/// whole pipeline in a fresh process (so the peak working set belongs to that text alone); prints the time and the
/// bytes each analyzer allocated, the whole pipeline's time and the process's peak working set.
/// Run: <c>dotnet NewsLens.Bench.dll pathological fast|accurate [KB=1024] [generator...]</c>.
/// </summary>
internal static class PathologicalRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !StandardPipelines.TryParse(args[1], out _)) { Console.Error.WriteLine("usage: pathological fast|accurate [KB] [generator...]"); return 2; }
        int kb = args.Length > 2 && int.TryParse(args[2], out var k) ? k : 1024;
        var names = args.Length > 3 ? args[3..] : [.. PathologicalTexts.Generators.Keys];
        var self = Environment.ProcessPath!;
        var dll = typeof(PathologicalRun).Assembly.Location;
        int worst = 0;
        foreach (var name in names)
        {
            var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (!self.EndsWith("NewsLens.Bench", StringComparison.Ordinal)) psi.ArgumentList.Add(dll);
            foreach (var a in new[] { "pathological-one", args[1], kb.ToString(), name }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            Console.Write(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
            worst = Math.Max(worst, p.ExitCode);
        }
        return worst;
    }

    /// <summary>One generator in this process: <c>pathological-one KIND KB NAME</c>.</summary>
    public static int RunOne(string[] args)
    {
        StandardPipelines.TryParse(args[1], out var kind);
        int chars = int.Parse(args[2]) * 1024;
        var name = args[3];
        var pipeline = StandardPipelines.Create(kind, options: new PipelineOptions { ArticleTimeout = null });
        pipeline.Analyze("A short warm-up text. He said it was fine.");
        var text = PathologicalTexts.Make(name, chars);
        var sw = Stopwatch.StartNew();
        var result = pipeline.Analyze(text);
        double seconds = sw.Elapsed.TotalSeconds;
        using var proc = Process.GetCurrentProcess();
        double peakMb = proc.PeakWorkingSet64 / 1048576.0;
        var slowest = result.Timings.OrderByDescending(t => t.Elapsed).First();
        Console.WriteLine($"{name,-18} {args[1],-8} {chars / 1024,5} KB  {result.Document.Tokens.Count,8:N0} tokens  pipeline {seconds,7:0.00} s  peak {peakMb,6:0} MB  " +
            $"errors {result.Diagnostics.Count(d => d.Severity == NewsLens.Pipeline.DiagnosticSeverity.Error)}  slowest {slowest.AnalyzerId} {slowest.Elapsed.TotalSeconds:0.00} s");
        foreach (var t in result.Timings)
            Console.WriteLine($"    {t.AnalyzerId,-34} {t.Elapsed.TotalSeconds,7:0.000} s  {t.AllocatedBytes / 1048576.0,8:0.0} MB allocated");
        return seconds < 5 && peakMb < 500 ? 0 : 1;
    }
}
