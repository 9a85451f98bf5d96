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
    public static readonly float[] Thresholds = [-1.0f, -0.5f, 0f, 0.5f, 1.0f];

    /// <summary>Trains, reports, and writes the model to <paramref name="outputPath"/>; returns its size in bytes.</summary>
    public static long Run(string dataRoot, string outputPath, BlockTrainer.Settings settings, bool crossValidate, float? threshold, int jobs, Action<string> log)
    {
        var pages = ExtractionSets.LoadAll(dataRoot).Where(p => p.Part == SplitPart.Dev).ToList();
        log($"{pages.Count} development pages; walking them into blocks");
        var samples = BlockTrainer.Prepare(pages, jobs);
        log($"{samples.Count} pages, {samples.Sum(s => s.Count):N0} blocks, {samples.Sum(s => s.Labels.Count(l => l == 1)):N0} labelled article text");
        var rules = ExtractionEvaluation.PerSet(samples, s => s.RuleKept);
        float chosen = threshold ?? 0f;
        if (crossValidate)
        {
            var cv = new Dictionary<(string Set, float Threshold), ShingleScorer.Score>();
            foreach (var group in samples.Select(s => ExtractionEvaluation.GroupOf(s.Page.Set)).Distinct().Order(StringComparer.Ordinal))
            {
                var train = samples.Where(s => ExtractionEvaluation.GroupOf(s.Page.Set) != group).ToList();
                var test = samples.Where(s => ExtractionEvaluation.GroupOf(s.Page.Set) == group).ToList();
                var model = BlockTrainer.Train(train, settings);
                foreach (float t in Thresholds)
                    foreach (var (set, score) in ExtractionEvaluation.PerSet(test, s => BlockTrainer.Keep(s, model, t)))
                        cv[(set, t)] = score;
                log($"  held out {group}: trained on {train.Count} pages");
            }
            log("Shingle F1 on the development parts: rules alone vs the classifier by leave-one-set-out CV, per margin threshold");
            log("| Set | Pages | Rules F1 | " + string.Join(" | ", Thresholds.Select(t => $"CV F1 @ {t.ToString("0.0", CultureInfo.InvariantCulture)}")) + " |");
            log("|---|---:|---:|" + string.Concat(Thresholds.Select(_ => "---:|")));
            foreach (var set in ExtractionSets.Names.Where(rules.ContainsKey))
                log($"| {set} | {samples.Count(s => s.Page.Set == set)} | {rules[set].F1:F4} | "
                    + string.Join(" | ", Thresholds.Select(t => cv[(set, t)].F1.ToString("F4", CultureInfo.InvariantCulture))) + " |");
            var means = Thresholds.ToDictionary(t => t, t => rules.Keys.Average(set => cv[(set, t)].F1));
            log("| mean of sets | | " + rules.Values.Average(s => s.F1).ToString("F4", CultureInfo.InvariantCulture) + " | "
                + string.Join(" | ", Thresholds.Select(t => means[t].ToString("F4", CultureInfo.InvariantCulture))) + " |");
            // why: the threshold is chosen on held-out-set predictions only, never on pages the model was fitted to.
            if (threshold is null)
                chosen = means.MaxBy(kv => kv.Value).Key;
        }
        var final = BlockTrainer.Train(samples, settings, chosen, log);
        var fit = ExtractionEvaluation.PerSet(samples, s => BlockTrainer.Keep(s, final, chosen));
        log($"final model on all {samples.Count} development pages, threshold {chosen.ToString("0.0", CultureInfo.InvariantCulture)}; in-sample F1: "
            + string.Join(", ", ExtractionSets.Names.Where(fit.ContainsKey).Select(s => $"{s} {fit[s].F1:F4}")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var fs = File.Create(outputPath))
            final.Save(fs);
        return new FileInfo(outputPath).Length;
    }
}
