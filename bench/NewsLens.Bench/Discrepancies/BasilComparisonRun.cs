using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsLens.Analyzers.Discrepancies;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Text;
using NewsLens.Training.Discrepancies;

namespace NewsLens.Bench.Discrepancies;

/// <summary>
/// <c>discrepancies-basil [--pipeline fast|accurate] [--data DIR] [--models DIR] [--show N] [--min-align X[,Y...]]</c>: runs the compare engine
/// over BASIL's event triplets (the same event told by Fox News, NYT and HuffPost), each article against the other two
/// and against itself. No gold labels: it prints how much aligns, the flags per kind and per pair, the flags an
/// article raises against itself (must be 0), the time per comparison, and N flags drawn with a fixed seed to read.
/// </summary>
internal static class BasilComparisonRun
{
    public static int Run(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        string data = Arg("--data") ?? Path.Combine(Environment.GetEnvironmentVariable("NEWSLENS_SHARED_DATA") ?? "../shared/data", "basil-media-bias", "articles");
        if (!Directory.Exists(data)) { Console.Error.WriteLine($"discrepancies-basil: {data}: no such folder"); return 1; }
        var models = new ModelDirectory(Arg("--models") ?? "models");
        string kind = Arg("--pipeline") ?? "fast";
        int show = int.Parse(Arg("--show") ?? "0", CultureInfo.InvariantCulture);
        var pipeline = DiscrepancyPipeline.Create(kind == "accurate" ? new EncoderAnalyzer(StandardPipelines.EncoderFor(models)) : null, models);
        var triplets = Directory.GetFiles(data, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f)[..^2]).Where(g => g.Count() == 3).ToList();
        var sw = Stopwatch.StartNew();
        var docs = triplets.ToDictionary(g => g.Key, g => g.Select(f => pipeline.Analyze(Body(f)).Document).ToArray());
        double analyseSeconds = sw.Elapsed.TotalSeconds;
        foreach (var threshold in (Arg("--min-align") ?? new DiscrepancyOptions().MinAlignment.ToString(CultureInfo.InvariantCulture)).Split(','))
        {
            var options = new DiscrepancyOptions { MinAlignment = double.Parse(threshold, CultureInfo.InvariantCulture) };
            Console.WriteLine($"min alignment {threshold}:");
            var perKind = new Dictionary<DiscrepancyKind, int>();
            var flags = new List<(string Pair, Document A, Document S, Discrepancy D)>();
            int pairs = 0, selfFlags = 0, articleSentences = 0, aligned = 0;
            sw.Restart();
            foreach (var (key, three) in docs)
                for (int a = 0; a < 3; a++)
                {
                    var self = DiscrepancyFinder.Compare(three[a], three[a], options).Discrepancies;
                    selfFlags += self.Count;
                    foreach (var d in self.Take(selfFlags <= 5 ? 5 : 0))
                        Console.WriteLine($"self {key}_{a + 1}: {DiscrepancySpecRun.Dump(d)} | {three[a][d.ArticleSentence]} | {three[a][d.SourceSentence]}");
                    for (int s = 0; s < 3; s++)
                    {
                        if (a == s) continue;
                        var result = DiscrepancyFinder.Compare(three[a], three[s], options);
                        pairs++;
                        articleSentences += three[a].Sentences.Count;
                        aligned += result.Alignments.Count;
                        foreach (var d in result.Discrepancies)
                        {
                            perKind[d.Kind] = perKind.GetValueOrDefault(d.Kind) + 1;
                            flags.Add(($"{key}_{a + 1} vs _{s + 1} align {result.Alignments.First(x => three[a].Sentences[x.ArticleSentence].Span == d.ArticleSentence).Score:0.00}", three[a], three[s], d));
                        }
                    }
                }
            double compareSeconds = sw.Elapsed.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant($"{kind}: {triplets.Count} triplets, {pairs} ordered pairs; analysis {analyseSeconds:0.0} s for {3 * triplets.Count} articles; compare {1000 * compareSeconds / (pairs + 3 * triplets.Count):0.00} ms per comparison"));
            Console.WriteLine(FormattableString.Invariant($"aligned {aligned} of {articleSentences} article sentences ({(double)aligned / articleSentences:P1}); flags {flags.Count} ({(double)flags.Count / pairs:0.00} per pair); self-comparison flags {selfFlags}"));
            foreach (var (k, n) in perKind.OrderBy(x => x.Key)) Console.WriteLine($"  {k.Name(),-22} {n}");
            var rng = new Random(15);
            foreach (var (pair, a, s, d) in flags.OrderBy(_ => rng.Next()).Take(show))
            {
                Console.WriteLine();
                Console.WriteLine($"{pair}: {DiscrepancySpecRun.Dump(d)}");
                Console.WriteLine($"  A: {a[d.ArticleSentence].ReplaceLineEndings(" ")}");
                Console.WriteLine($"  S: {s[d.SourceSentence].ReplaceLineEndings(" ")}");
            }
        }
        return 0;
    }

    private static string Body(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return string.Join("\n\n", json.RootElement.GetProperty("body-paragraphs").EnumerateArray()
            .Select(p => string.Join(" ", p.EnumerateArray().Select(x => x.GetString()))));
    }
}
