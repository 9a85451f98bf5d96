using System.Diagnostics;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Html;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Bench.Fuzzing;

/// <summary>
/// Runs the seeded mutation fuzzer (<see cref="MutationFuzzer"/>, in process, not coverage-guided) on one target for
/// a fixed count of executions. Targets: every reader by format name (through <see cref="ReaderRegistry"/>, as the
/// CLI reads a stream), <c>segmenter</c>, and <c>pipeline</c> (the fast pipeline on the bytes decoded as UTF-8).
/// A crash is an exception escaping the target (readers may throw only IOException / InvalidDataException for a
/// whole unreadable input) or a broken span invariant; a hang is one execution over 10 s. Crashing inputs are written
/// to the output folder. Run: <c>dotnet NewsLens.Bench.dll fuzz TARGET COUNT [SEED] [OUTDIR]</c>.
/// </summary>
internal static class FuzzRun
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !long.TryParse(args[2], out long count) || count < 1) { Console.Error.WriteLine("usage: fuzz TARGET COUNT [SEED] [OUTDIR]"); return 2; }
        string target = args[1];
        int seed = args.Length > 3 && int.TryParse(args[3], out var s) ? s : 1;
        string outDir = args.Length > 4 ? args[4] : Path.Combine(Path.GetTempPath(), "newslens-fuzz", target);
        var fuzzer = new MutationFuzzer(FuzzSeeds.For(target), seed);
        var run = Target(target);
        long crashes = 0, hangs = 0;
        var kinds = new Dictionary<string, long>();
        var sw = Stopwatch.StartNew();
        var one = new Stopwatch();
        for (long i = 0; i < count; i++)
        {
            var input = fuzzer.Next();
            one.Restart();
            try { run(input); }
            catch (Exception ex)
            {
                crashes++;
                string kind = $"{ex.GetType().Name} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (kinds[kind] <= 3) Save(outDir, $"crash-{i}", input, ex.ToString());
            }
            if (one.Elapsed.TotalSeconds > 10) { hangs++; Save(outDir, $"hang-{i}", input, $"{one.Elapsed.TotalSeconds:0.0} s"); }
            if ((i + 1) % 100_000 == 0) Console.Error.WriteLine($"{target}: {i + 1:N0} executions, {crashes} crashes, {hangs} hangs, {(i + 1) / sw.Elapsed.TotalSeconds:0} exec/s");
        }
        Console.WriteLine($"{target}: {count:N0} executions (seed {seed}) in {sw.Elapsed.TotalSeconds:0} s ({count / sw.Elapsed.TotalSeconds:0} exec/s): {crashes} crashes, {hangs} hangs");
        foreach (var (k, n) in kinds.OrderByDescending(kv => kv.Value)) Console.WriteLine($"  {n,8} x {k}");
        return crashes + hangs == 0 ? 0 : 1;
    }

    /// <summary>Runs the target on saved inputs, twice each (the first run pays for warm-up): <c>fuzz-replay TARGET FILE...</c>.</summary>
    public static int Replay(string[] args)
    {
        var run = Target(args[1]);
        int failed = 0;
        foreach (var file in args[2..])
        {
            var input = File.ReadAllBytes(file);
            for (int pass = 1; pass <= 2; pass++)
            {
                var sw = Stopwatch.StartNew();
                try { run(input); Console.WriteLine($"{file}: pass {pass}: ok in {sw.Elapsed.TotalMilliseconds:0} ms"); }
                catch (Exception ex) { failed++; Console.WriteLine($"{file}: pass {pass}: {ex.GetType().Name}: {ex.Message}"); }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void Save(string dir, string name, byte[] input, string why)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name + ".bin"), input);
        File.WriteAllText(Path.Combine(dir, name + ".txt"), why);
    }

    private static Action<byte[]> Target(string target)
    {
        if (target == "segmenter")
            return bytes =>
            {
                var text = Encoding.UTF8.GetString(bytes);
                var seg = Segmenter.Default.Segment(text);
                int prev = 0;
                foreach (var t in seg.Tokens)
                {
                    if (t.Start < prev || t.End > text.Length || t.End <= t.Start) throw new InvalidOperationException($"token [{t.Start}, {t.End}) out of order or outside the text");
                    prev = t.End;
                }
            };
        if (target == "pipeline")
        {
            var pipeline = NewsLens.Encoders.StandardPipelines.Create(PipelineKind.Fast, options: new PipelineOptions { ArticleTimeout = null });
            return bytes =>
            {
                var text = Encoding.UTF8.GetString(bytes);
                var result = pipeline.Analyze(text);
                if (result.HasErrors) throw new InvalidOperationException("analyzer failed: " + string.Join("; ", result.Diagnostics.Select(d => d.Source + ": " + d.Message)));
                _ = NewsLens.Reports.ReportJson.Serialize(result, indented: false);
            };
        }
        var registry = new ReaderRegistry(new HtmlArticleExtractor());
        string format = target;
        return bytes =>
        {
            try
            {
                foreach (var item in registry.Read(new MemoryStream(bytes, writable: false), "fuzz." + format, format))
                {
                    if (item.Article is { } a && a.Text.Length == 0 && item.Error is null) throw new InvalidOperationException("an article without text");
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException) { }
        };
    }
}
