using System.Globalization;
using NewsLens.Ingest.Html;

namespace NewsLens.Training.Extraction;

/// <summary>
/// <c>newslens train extraction</c>: trains the block classifier on the development part of every extraction set and
/// reports shingle F1 per set for the structural rules alone and for the classifier, the latter by leave-one-set-out
/// cross-validation (the set scored is never trained on; CleanEval's two parts leave together). The untouched part
/// of each set is never read here: `extraction-sets --part untouched` scores it once, at the end.
/// </summary>
internal static class ExtractionTraining
{
    /// <summary>Margins below which a rule-kept block is dropped (-inf: never).</summary>
    public static readonly float[] DropGrid = [float.NegativeInfinity, -2f, -1f, 0f];

    /// <summary>Margins from which a block the rules left is added (+inf: never).</summary>
    public static readonly float[] AddGrid = [float.PositiveInfinity, 2f, 1f, 0f];

    /// <summary>In CV, no set may lose more than this against the rules for a threshold pair to be chosen.</summary>
    public const double MaxSetLoss = 0.005;

    /// <summary>Trains, reports, and writes the model to <paramref name="outputPath"/>; returns its size in bytes.</summary>
    public static long Run(string dataRoot, string outputPath, BlockTrainer.Settings settings, bool crossValidate,
        (float Drop, float Add)? thresholds, int jobs, Action<string> log)
    {
        var pages = ExtractionSets.LoadAll(dataRoot).Where(p => p.Part == SplitPart.Dev).ToList();
        log($"{pages.Count} development pages; walking them into blocks");
        var samples = BlockTrainer.Prepare(pages, jobs);
        log($"{samples.Count} pages, {samples.Sum(s => s.Count):N0} blocks, {samples.Sum(s => s.Labels.Count(l => l == 1)):N0} labelled article text");
        var rules = ExtractionEvaluation.PerSet(samples, s => s.RuleKept);
        var sets = ExtractionSets.Names.Where(rules.ContainsKey).ToList();
        var chosen = thresholds ?? (0f, 0f);
        if (crossValidate)
        {
            var margins = new Dictionary<BlockSample, float[]>();
            foreach (var group in samples.Select(s => ExtractionEvaluation.GroupOf(s.Page.Set)).Distinct().Order(StringComparer.Ordinal))
            {
                var train = samples.Where(s => ExtractionEvaluation.GroupOf(s.Page.Set) != group).ToList();
                var model = BlockTrainer.Train(train, settings);
                foreach (var s in samples.Where(s => ExtractionEvaluation.GroupOf(s.Page.Set) == group))
                    margins[s] = BlockTrainer.Margins(s, model);
                log($"  held out {group}: trained on {train.Count} pages");
            }
            log("Shingle F1 on the development parts: the rules alone, and rules + classifier by leave-one-set-out CV per threshold pair");
            log("| Drop below | Add from | " + string.Join(" | ", sets) + " | mean |");
            log("|---|---|" + string.Concat(sets.Select(_ => "---:|")) + "---:|");
            log("| rules alone | | " + string.Join(" | ", sets.Select(s => F(rules[s].F1))) + $" | {F(sets.Average(s => rules[s].F1))} |");
            double best = double.NegativeInfinity;
            foreach (float drop in DropGrid)
                foreach (float add in AddGrid)
                {
                    if (float.IsNegativeInfinity(drop) && float.IsPositiveInfinity(add))
                        continue;
                    var cv = ExtractionEvaluation.PerSet(samples, s => BlockTrainer.Keep(s, margins[s], drop, add));
                    double mean = sets.Average(s => cv[s].F1);
                    bool allowed = sets.All(s => cv[s].F1 >= rules[s].F1 - MaxSetLoss);
                    log($"| {T(drop)} | {T(add)} | " + string.Join(" | ", sets.Select(s => F(cv[s].F1))) + $" | {F(mean)}{(allowed ? "" : " (a set loses)")} |");
                    // why: chosen on held-out-set predictions only, and only among pairs under which no set loses.
                    if (thresholds is null && allowed && mean > best)
                    {
                        best = mean;
                        chosen = (drop, add);
                    }
                }
            if (thresholds is null && double.IsNegativeInfinity(best))
                chosen = (float.NegativeInfinity, float.PositiveInfinity);
        }
        var final = BlockTrainer.Train(samples, settings, log).WithThresholds(chosen.Drop, chosen.Add);
        var fit = ExtractionEvaluation.PerSet(samples, s => BlockTrainer.Keep(s, BlockTrainer.Margins(s, final), chosen.Drop, chosen.Add));
        log($"final model on all {samples.Count} development pages, drop below {T(chosen.Drop)}, add from {T(chosen.Add)}; in-sample F1: "
            + string.Join(", ", sets.Select(s => $"{s} {F(fit[s].F1)}")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var fs = File.Create(outputPath))
            final.Save(fs);
        return new FileInfo(outputPath).Length;
    }

    private static string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);

    private static string T(float v) => float.IsInfinity(v) ? "never" : v.ToString("0.0", CultureInfo.InvariantCulture);
}
