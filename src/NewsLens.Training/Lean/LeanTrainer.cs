using System.Globalization;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Learning;
using NewsLens.Training.Terms;

namespace NewsLens.Training.Lean;

/// <summary>
/// Trains and evaluates the lean model on the media-based AllSides train articles. Before any tuning, whole outlets
/// (about <see cref="LeanTrainingOptions.HoldoutShare"/> of the articles, chosen by the seed) are set aside; settings
/// are chosen by outlet-grouped cross-validation on the rest only; the held-out outlets are scored once, by a model
/// trained on the rest; the shipped model is then trained on every train article. Outlet names and hosts are masked,
/// terms must be used by several outlets, and the outlet is never a feature. Deterministic for fixed options.
/// </summary>
public sealed class LeanTrainer(LeanTrainingOptions options, TextWriter? log = null)
{
    private readonly TextWriter _log = log ?? TextWriter.Null;

    /// <summary>One tried setting and its outlet-grouped cross-validation on the tuning part.</summary>
    public sealed record SettingScore(double L2, double OutletBalance, int SelectTerms, MulticlassMetrics Metrics, int ProjectOutlets = 0);

    /// <summary>Everything a run measured, and the shipped model.</summary>
    public sealed record Result(
        LeanModel Model, IReadOnlyList<string> HeldOutOutlets, int TuningArticles, int HeldOutArticles,
        IReadOnlyList<SettingScore> Grid, SettingScore Chosen, double Temperature, double CvLogLossRaw, double CvLogLossCalibrated,
        double CvEce, MulticlassMetrics HeldOut, MulticlassMetrics? Valid, int VocabularySize);

    /// <summary>Only the outlet-grouped CV of every setting on the tuning part (no held-out, valid or final model): for tuning.</summary>
    public IReadOnlyList<SettingScore> Tune(IReadOnlyList<AllSidesArticle> train, CancellationToken ct = default) =>
        [.. TuneGrid(train, ct).Grid.Select(g => g.Score)];

    private sealed record Tuning(HashSet<string> Held, int[] TuningIdx, int[] HeldIdx, OutletMask Mask, BoilerplateFilter Boilerplate,
        Dictionary<string, int>[] Counts, List<(SettingScore Score, double[][] Oof)> Grid);

    private Tuning TuneGrid(IReadOnlyList<AllSidesArticle> train, CancellationToken ct)
    {
        var held = PickHeldOutOutlets(train);
        var tuning = Enumerable.Range(0, train.Count).Where(i => !held.Contains(train[i].Host)).ToArray();
        var heldIdx = Enumerable.Range(0, train.Count).Where(i => held.Contains(train[i].Host)).ToArray();
        _log.WriteLine($"held out {heldIdx.Length} articles of {held.Count} outlets ({string.Join(", ", held.Order(StringComparer.Ordinal))}); tuning on {tuning.Length} articles of {tuning.Select(i => train[i].Host).Distinct().Count()} outlets");

        // Tuning universe: mask and boilerplate from the tuning outlets only.
        var maskT = MaskOf(train, tuning);
        var boilerT = BoilerplateFilter.Learn(tuning.Select(i => train[i].Doc), options.BoilerplateMinArticles);
        var counts = Count(train, maskT, boilerT, ct);
        var hosts = train.Select(a => a.Host).ToArray();
        var labels = train.Select(a => a.Label).ToArray();
        // why: random folds (outlets shared between folds) only as a diagnostic of how much the outlet itself gives away
        var foldOf = options.RandomFolds
            ? RandomFoldsOf(tuning.Length, options.Folds, options.Seed)
            : OutletFolds.Grouped([.. tuning.Select(i => hosts[i])], options.Folds);

        var grid = new List<(SettingScore Score, double[][] Oof)>();
        foreach (int select in options.SelectTermsGrid)
        foreach (int project in options.ProjectOutletsGrid)
        foreach (double l2 in options.L2Grid)
            foreach (double alpha in options.OutletBalanceGrid)
            {
                var oof = new double[tuning.Length][];
                for (int f = 0; f < options.Folds; f++)
                {
                    ct.ThrowIfCancellationRequested();
                    var tr = Enumerable.Range(0, tuning.Length).Where(i => foldOf[i] != f).Select(i => tuning[i]).ToArray();
                    var teAt = Enumerable.Range(0, tuning.Length).Where(i => foldOf[i] == f).ToArray();
                    var (vocab, lr) = Fit(counts, hosts, labels, tr, l2, alpha, select, project);
                    var index = vocab.Index();
                    foreach (int t in teAt) oof[t] = Logits(lr, Vector(counts[tuning[t]], index, vocab.Idf));
                }
                var m = MulticlassMetrics.Of([.. tuning.Select(i => labels[i])], [.. oof.Select(ArgMax)], ArticleLean.Labels);
                _log.WriteLine($"  select={select} projectOutlets={project} l2={Fmt(l2)} outletBalance={Fmt(alpha)}: {(options.RandomFolds ? "random" : "grouped")} {options.Folds}-fold CV {m.Summary}; confusion (rows gold L/C/R) {Confusion(m)}");
                for (int f = 0; f < options.Folds; f++)
                {
                    var at = Enumerable.Range(0, tuning.Length).Where(i => foldOf[i] == f).ToArray();
                    var fm = MulticlassMetrics.Of([.. at.Select(i => labels[tuning[i]])], [.. at.Select(i => ArgMax(oof[i]))], ArticleLean.Labels);
                    _log.WriteLine($"    fold {f} ({string.Join(" ", at.GroupBy(i => hosts[tuning[i]]).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key.Replace("www.", "") + ":" + g.Count()))}...): accuracy {fm.Accuracy:0.000} confusion {Confusion(fm)}");
                }
                grid.Add((new SettingScore(l2, alpha, select, m, project), oof));
            }
        return new Tuning(held, tuning, heldIdx, maskT, boilerT, counts, grid);
    }

    public Result Run(IReadOnlyList<AllSidesArticle> train, IReadOnlyList<AllSidesArticle>? valid = null, CancellationToken ct = default)
    {
        var (held, tuning, heldIdx, maskT, boilerT, counts, grid) = TuneGrid(train, ct);
        var hosts = train.Select(a => a.Host).ToArray();
        var labels = train.Select(a => a.Label).ToArray();
        // Best macro-F1; ties keep the earlier setting.
        var best = grid.Aggregate((a, b) => b.Score.Metrics.MacroF1 > a.Score.Metrics.MacroF1 ? b : a);
        var gold = tuning.Select(i => labels[i]).ToArray();
        double temperature = TemperatureScaling.Fit(best.Oof, gold);
        double rawLoss = TemperatureScaling.LogLoss(best.Oof, gold, 1), calLoss = TemperatureScaling.LogLoss(best.Oof, gold, temperature);
        double ece = TemperatureScaling.TopLabelEce([.. best.Oof.Select(z => LeanModel.Softmax(z, temperature))], gold);
        _log.WriteLine($"chose select={best.Score.SelectTerms} projectOutlets={best.Score.ProjectOutlets} l2={Fmt(best.Score.L2)} outletBalance={Fmt(best.Score.OutletBalance)}; temperature {temperature:0.000} (CV log loss {rawLoss:0.000} -> {calLoss:0.000}, ECE {ece:0.000})");

        // The held-out outlets, once: a model trained on the whole tuning part, scored through the analysis path.
        var tuned = BuildModel(counts, hosts, labels, tuning, best.Score, temperature, maskT, boilerT, []);
        var heldOut = Score(tuned, heldIdx.Select(i => train[i]).ToList());
        _log.WriteLine($"held-out outlets: {heldOut.Summary}");

        // The shipped model: every train article, mask and boilerplate from every train outlet.
        var all = Enumerable.Range(0, train.Count).ToArray();
        var maskA = MaskOf(train, all);
        var boilerA = BoilerplateFilter.Learn(train.Select(a => a.Doc), options.BoilerplateMinArticles);
        var countsA = Count(train, maskA, boilerA, ct);
        var facts = new Dictionary<string, string>
        {
            ["trainedOn"] = $"{train.Count} media-based train articles ({Tally(train)}) from {train.Select(a => a.Host).Distinct().Count()} outlets",
            ["settings"] = $"l2={Fmt(best.Score.L2)} outletBalance={Fmt(best.Score.OutletBalance)} minOutlets={options.MinOutlets} minDocs={options.MinDocumentFrequency} selectTerms={best.Score.SelectTerms} projectOutlets={best.Score.ProjectOutlets} clusterTerms={options.ClusterTerms} temperature={temperature.ToString("0.####", CultureInfo.InvariantCulture)}",
            ["cv.grouped"] = $"{best.Score.Metrics.Summary} on {tuning.Length} articles, {options.Folds} outlet-grouped folds",
            ["heldOutOutlets"] = $"{heldOut.Summary}: {string.Join(", ", held.Order(StringComparer.Ordinal))}",
        };
        var model = BuildModel(countsA, hosts, labels, all, best.Score, temperature, maskA, boilerA, facts);
        MulticlassMetrics? validMetrics = null;
        if (valid is { Count: > 0 })
        {
            validMetrics = Score(model, valid);
            _log.WriteLine($"valid (media-based, as is): {validMetrics.Summary}");
        }
        return new Result(model, [.. held.Order(StringComparer.Ordinal)], tuning.Length, heldIdx.Length, [.. grid.Select(g => g.Score)], best.Score,
            temperature, rawLoss, calLoss, ece, heldOut, validMetrics, model.TermCount);
    }

    /// <summary>Scores articles with the analysis code path (<see cref="LeanComputer"/>), as the CLI does.</summary>
    public static MulticlassMetrics Score(LeanModel model, IReadOnlyList<AllSidesArticle> articles)
    {
        var computer = new LeanComputer(model, new LeanScorerOptions { Explain = false });
        var predicted = articles.Select(a => IndexOf(computer.Compute(a.Doc).Label)).ToArray();
        return MulticlassMetrics.Of([.. articles.Select(a => a.Label)], predicted, ArticleLean.Labels);
    }

    private static int IndexOf(string label) => ((IList<string>)ArticleLean.Labels).IndexOf(label);

    /// <summary>
    /// Outlets in a seeded random order; each is set aside when that keeps the set-aside share at most 1.1 × the
    /// target, until it reaches 0.9 × the target. Whole outlets only.
    /// </summary>
    private HashSet<string> PickHeldOutOutlets(IReadOnlyList<AllSidesArticle> train)
    {
        var sizes = train.GroupBy(a => a.Host).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var order = sizes.Keys.Order(StringComparer.Ordinal).ToArray();
        new Random(options.Seed).Shuffle(order);
        double target = options.HoldoutShare * train.Count;
        var held = new HashSet<string>(StringComparer.Ordinal);
        int total = 0;
        foreach (var host in order)
        {
            if (total >= 0.9 * target) break;
            if (total + sizes[host] > 1.1 * target) continue;
            held.Add(host);
            total += sizes[host];
        }
        return held;
    }

    /// <summary>Keys of the outlets' hosts and names; a name is also keyed without its " - News" or " (Online)" tail.</summary>
    private static OutletMask MaskOf(IReadOnlyList<AllSidesArticle> data, IEnumerable<int> train)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in train)
        {
            keys.Add(OutletMask.KeyOfHost(data[i].Host));
            var name = data[i].Source;
            if (string.IsNullOrWhiteSpace(name)) continue;
            keys.Add(name);
            int dash = name.IndexOf(" - ", StringComparison.Ordinal), paren = name.IndexOf(" (", StringComparison.Ordinal);
            if (dash > 0) keys.Add(name[..dash]);
            if (paren > 0) keys.Add(name[..paren]);
        }
        return new OutletMask(keys);
    }

    // why: each article is also masked with its own site name and URL, exactly as LeanComputer does at analysis time
    private Dictionary<string, int>[] Count(IReadOnlyList<AllSidesArticle> data, OutletMask mask, BoilerplateFilter boilerplate, CancellationToken ct)
    {
        var result = new Dictionary<string, int>[data.Count];
        for (int i = 0; i < data.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var meta = data[i].Doc.Metadata;
            result[i] = TermCounter.Count(data[i].Doc, mask.With([meta.SiteName, meta.Url, meta.CanonicalUrl]), boilerplate, options.ClusterTerms, titles: false);
        }
        return result;
    }

    private (Vocabulary Vocab, MultinomialLogisticTrainer.Model Lr) Fit(Dictionary<string, int>[] counts, string[] hosts, int[] labels, int[] train, double l2, double alpha, int select, int project)
    {
        var vocab = Vocabulary.Build(hosts, counts, train, options.MinOutlets, options.MinDocumentFrequency);
        if (select > 0)
        {
            var keep = OutletLevelSelection.Select(vocab.Terms, counts, hosts, labels, train, ArticleLean.Labels.Count, select);
            vocab = new Vocabulary([.. keep.Select(j => vocab.Terms[j])], [.. keep.Select(j => vocab.Idf[j])], [.. keep.Select(j => vocab.MeanCount[j])]);
        }
        var index = vocab.Index();
        var x = train.Select(i => Vector(counts[i], index, vocab.Idf)).ToArray();
        var y = train.Select(i => labels[i]).ToArray();
        if (project <= 0)
            return (vocab, MultinomialLogisticTrainer.Train(x, y, Weights(train, hosts, labels, alpha), ArticleLean.Labels.Count, vocab.Terms.Length, l2, options.MaxIterations));
        int d = vocab.Terms.Length;
        var basis = OutletNullspace.Directions(x, [.. train.Select(i => hosts[i])], y, d, project);
        var projected = x.Select(r => OutletNullspace.Project(r, basis, d)).ToArray();
        var lr = MultinomialLogisticTrainer.Train(projected, y, Weights(train, hosts, labels, alpha), ArticleLean.Labels.Count, d, l2, options.MaxIterations);
        return (vocab, lr with { Weights = OutletNullspace.Fold(lr.Weights, basis) });
    }

    /// <summary>n_outlet^-α per article, rescaled so every class has the same total weight and the mean weight is 1.</summary>
    internal static double[] Weights(int[] train, string[] hosts, int[] labels, double alpha)
    {
        var size = train.GroupBy(i => hosts[i]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var w = train.Select(i => Math.Pow(size[hosts[i]], -alpha)).ToArray();
        int k = ArticleLean.Labels.Count;
        var classTotal = new double[k];
        for (int n = 0; n < train.Length; n++) classTotal[labels[train[n]]] += w[n];
        int present = classTotal.Count(t => t > 0);
        for (int n = 0; n < train.Length; n++) w[n] *= train.Length / (present * classTotal[labels[train[n]]]);
        return w;
    }

    private static (int[] Indices, float[] Values) Vector(Dictionary<string, int> counts, Dictionary<string, int> index, float[] idf)
    {
        var ids = new Dictionary<int, int>();
        foreach (var (term, c) in counts)
            if (index.TryGetValue(term, out int j)) ids[j] = c;
        return VerdictVectors.Text(ids, idf);
    }

    private static double[] Logits(MultinomialLogisticTrainer.Model lr, (int[] Indices, float[] Values) x) => lr.Logits(x.Indices, x.Values);

    private static int ArgMax(double[] z)
    {
        int best = 0;
        for (int k = 1; k < z.Length; k++) if (z[k] > z[best]) best = k;
        return best;
    }

    private LeanModel BuildModel(Dictionary<string, int>[] counts, string[] hosts, int[] labels, int[] train, SettingScore s, double temperature,
        OutletMask mask, BoilerplateFilter boilerplate, Dictionary<string, string> facts)
    {
        var (vocab, lr) = Fit(counts, hosts, labels, train, s.L2, s.OutletBalance, s.SelectTerms, s.ProjectOutlets);
        return new LeanModel(vocab.Terms, vocab.Idf, lr.Weights, lr.Bias, temperature, mask.Keys, boilerplate, facts);
    }

    private static string Tally(IReadOnlyList<AllSidesArticle> a) =>
        string.Join(" / ", Enumerable.Range(0, ArticleLean.Labels.Count).Select(k => $"{a.Count(x => x.Label == k)} {ArticleLean.Labels[k]}"));

    private static int[] RandomFoldsOf(int n, int k, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(order);
        var foldOf = new int[n];
        for (int j = 0; j < n; j++) foldOf[order[j]] = j % k;
        return foldOf;
    }

    private static string Confusion(MulticlassMetrics m)
    {
        var c = m.Confusion;
        return string.Join(" | ", Enumerable.Range(0, c.GetLength(0)).Select(g => string.Join(" ", Enumerable.Range(0, c.GetLength(1)).Select(p => c[g, p]))));
    }

    private static string Fmt(double v) => v.ToString(CultureInfo.InvariantCulture);
}
