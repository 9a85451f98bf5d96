using System.Globalization;
using NewsLens.Analyzers.Discrepancies;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Training.Discrepancies;

namespace NewsLens.Bench.Discrepancies;

/// <summary>
/// <c>discrepancies [--pipeline fast|accurate] [--set tuning|held-out] [--specs DIR] [--models DIR] [--errors] [--alignments]</c>:
/// flag precision and recall of <c>newslens compare</c> over the spec cases, per set and per kind (both pipelines
/// and both sets by default).
/// </summary>
internal static class DiscrepancySpecScores
{
    public static int Run(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        string root = Arg("--specs") ?? Path.Combine(FindRepo(), "tests", "NewsLens.Tests", "Specs", "Discrepancies");
        var models = new ModelDirectory(Arg("--models") ?? Path.Combine(FindRepo(), "models"));
        var cases = DiscrepancySpecReader.ReadAll(root);
        var sets = Arg("--set") is { } set ? [set] : cases.Select(c => c.Set).Distinct().ToArray();
        var pipelines = Arg("--pipeline") is { } p ? [p] : new[] { "fast", "accurate" };
        foreach (var kind in pipelines)
        {
            var pipeline = DiscrepancyPipeline.Create(kind == "accurate" ? new EncoderAnalyzer(StandardPipelines.EncoderFor(models)) : null, models);
            foreach (var s in sets)
            {
                var results = DiscrepancySpecRun.Run(cases.Where(c => c.Set == s), pipeline);
                var (score, errors) = DiscrepancySpecRun.Score(results);
                if (args.Contains("--alignments"))
                    foreach (var (c, r) in results)
                        Console.WriteLine(FormattableString.Invariant($"  align {string.Join(",", r.Alignments.Select(a => a.Score.ToString("0.000", CultureInfo.InvariantCulture)))} {c.Id}"));
                Console.WriteLine(FormattableString.Invariant(
                    $"{kind} {s}: cases {score.DistortedCases} distorted + {score.FaithfulCases} faithful; flags P {score.Precision:0.000} R {score.Recall:0.000} (TP {score.TruePositives}, FP {score.FalsePositives}, FN {score.FalseNegatives}); distorted caught {score.DistortedCaught}/{score.DistortedCases}, faithful clean {score.FaithfulClean}/{score.FaithfulCases}"));
                foreach (var (k, (tp, fp, fn)) in score.ByKind.OrderBy(x => x.Key))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k.Name(),-22} TP {tp,2} FP {fp,2} FN {fn,2}"));
                if (args.Contains("--errors")) foreach (var e in errors) Console.WriteLine("  " + e);
            }
        }
        return 0;
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "NewsLens.slnx"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
