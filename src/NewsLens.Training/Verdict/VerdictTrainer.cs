using System.Globalization;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Verdict;
using NewsLens.Learning;
using NewsLens.Text;
using NewsLens.Training.Learning;
using NewsLens.Training.Terms;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Trains and evaluates the verdict model on SemEval-2019 by-article data. Deterministic for fixed options.
/// Evaluation is nested: inside each outer training set, outlet-grouped inner folds choose the L2 strength and the
/// style scale, so no setting is chosen on the articles it is scored on. Outlet names are masked with the training
/// outlets only, and the URL is never a feature.
/// </summary>
public sealed class VerdictTrainer(VerdictTrainingOptions options, TextWriter? log = null)
{
    private readonly TextWriter _log = log ?? TextWriter.Null;

    /// <summary>An article ready for training: label, outlet, document, style vector.</summary>
    private sealed record Prepared(SemEvalArticle Article, bool Label, string Outlet, Document Doc, double[] Style);

    /// <summary>Result of <see cref="Run"/>: the model trained on every article and the cross-validation reports.</summary>
    public sealed record Result(VerdictModel Model, IReadOnlyList<CrossValidationReport> Reports);

    public Result Run(IReadOnlyList<SemEvalArticle> articles, CancellationToken ct = default)
    {
        var data = Prepare(articles, ct);
        var reports = new List<CrossValidationReport>();
        double[]? groupedMargins = null;
        if (options.Folds >= 2)
        {
            var grouped = GroupedFolds(data, options.Folds);
            var random = StratifiedFolds(data, options.Folds, options.Seed);
            var g = CrossValidate(data, grouped, $"outlet-grouped {options.Folds}-fold", ct);
            reports.Add(g);
            groupedMargins = g.Margins;
            reports.Add(CrossValidate(data, random, $"random stratified {options.Folds}-fold", ct));
        }
        var all = Enumerable.Range(0, data.Count).ToArray();
        var mask = MaskOf(data, all);
        var boilerplate = BoilerplateOf(data, all);
        var counts = TermCounts(data, mask, boilerplate);
        var (l2, scale, _) = ChooseSettings(data, counts, all, ct);
        var fold = FoldData.Build(data.Select(d => d.Outlet).ToArray(), counts, data.Select(d => d.Style).ToArray(), data.Select(d => d.Label).ToArray(), all, options);
        var lr = fold.Train(all, data.Select(d => d.Label).ToArray(), l2, scale, options);
        // why: calibrate on out-of-fold margins from outlet-grouped CV: new outlets are the realistic case
        var (a, b) = groupedMargins is null ? (1.0, 0.0) : Calibration.FitPlatt(groupedMargins, data.Select(d => d.Label).ToArray());
        var model = new VerdictModel(BuildData(data, fold, lr, scale, mask, boilerplate, options.TitleFeatures, a, b, reports, l2));
        return new Result(model, reports);
    }

    private List<Prepared> Prepare(IReadOnlyList<SemEvalArticle> articles, CancellationToken ct)
    {
        var extractor = StyleFeatureExtractor.Default;
        var list = new List<Prepared>(articles.Count);
        foreach (var a in articles)
        {
            ct.ThrowIfCancellationRequested();
            if (a.Hyperpartisan is not { } label) throw new ArgumentException($"article {a.Id} has no label");
            var doc = Document.Create(a.Text, a.Metadata);
            list.Add(new Prepared(a, label, a.Outlet, doc, extractor.Extract(doc).CoreVector()));
        }
        _log.WriteLine($"prepared {list.Count} articles ({list.Count(p => p.Label)} hyperpartisan) from {list.Select(p => p.Outlet).Distinct().Count()} outlets");
        return list;
    }

    private static OutletMask MaskOf(List<Prepared> data, IEnumerable<int> train) =>
        new(train.Select(i => OutletMask.KeyOfHost(data[i].Outlet)).Distinct());

    private BoilerplateFilter BoilerplateOf(List<Prepared> data, IEnumerable<int> train) =>
        BoilerplateFilter.Learn(train.Select(i => data[i].Doc), options.BoilerplateMinArticles);

    private Dictionary<string, int>[] TermCounts(List<Prepared> data, OutletMask mask, BoilerplateFilter boilerplate)
    {
        var result = new Dictionary<string, int>[data.Count];
        for (int i = 0; i < data.Count; i++)
            result[i] = TermCounter.Count(data[i].Doc, mask, boilerplate, options.ClusterTerms, options.TitleFeatures);
        return result;
    }

    private CrossValidationReport CrossValidate(List<Prepared> data, int[] foldOf, string name, CancellationToken ct)
    {
        int k = foldOf.Max() + 1;
        var margins = new double[data.Count];
        var termMargins = new double[data.Count];
        var labels = data.Select(d => d.Label).ToArray();
        var settings = new List<string>();
        for (int f = 0; f < k; f++)
        {
            ct.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, data.Count).Where(i => foldOf[i] != f).ToArray();
            var test = Enumerable.Range(0, data.Count).Where(i => foldOf[i] == f).ToArray();
            var counts = TermCounts(data, MaskOf(data, train), BoilerplateOf(data, train));
            var (l2, scale, innerAcc) = ChooseSettings(data, counts, train, ct);
            var fold = FoldData.Build(data.Select(d => d.Outlet).ToArray(), counts, data.Select(d => d.Style).ToArray(), labels, train, options);
            var lr = fold.Train(train, labels, l2, scale, options);
            foreach (int i in test)
            {
                margins[i] = fold.Margin(lr, i, scale);
                termMargins[i] = fold.Margin(lr, i, 0f); // why: a zero style scale leaves bias + terms
            }
            settings.Add($"fold {f}: l2={l2.ToString(CultureInfo.InvariantCulture)} styleScale={scale.ToString(CultureInfo.InvariantCulture)} (inner accuracy {innerAcc:0.000})");
            _log.WriteLine($"  {name} {settings[^1]}; fold accuracy {test.Count(i => margins[i] > 0 == labels[i]) / (double)test.Length:0.000}");
        }
        // Calibrated probabilities: Platt fitted on the other folds' out-of-fold margins (cross-fitted).
        var probs = new double[data.Count];
        for (int f = 0; f < k; f++)
        {
            var others = Enumerable.Range(0, data.Count).Where(i => foldOf[i] != f).ToArray();
            var (a, b) = Calibration.FitPlatt(others.Select(i => margins[i]).ToArray(), others.Select(i => labels[i]).ToArray());
            foreach (int i in Enumerable.Range(0, data.Count).Where(i => foldOf[i] == f)) probs[i] = Logistic.Sigmoid(a * margins[i] + b);
        }
        var raw = BinaryMetrics.Of(labels, margins.Select(m => m > 0).ToArray());
        var cal = BinaryMetrics.Of(labels, probs.Select(p => p >= 0.5).ToArray());
        var bins = Calibration.Bins(probs, labels);
        var uncalibrated = Calibration.Bins(margins.Select(Logistic.Sigmoid).ToArray(), labels);
        // The reliability-of-style score of each test article, with its reference (not-hyperpartisan mean and deviation) from the other folds.
        var styleRisk = new double[data.Count];
        var risk = StyleFeatureCatalog.Core.Select(f => (float)f.StyleRisk).ToArray();
        for (int f = 0; f < k; f++)
        {
            var reference = Enumerable.Range(0, data.Count).Where(i => foldOf[i] != f && !labels[i]).Select(i => data[i].Style).ToArray();
            var (mMean, mStd) = MeanStd(reference, risk.Length);
            foreach (int i in Enumerable.Range(0, data.Count).Where(i => foldOf[i] == f))
                styleRisk[i] = 100 - ReliabilityOfStyleScorer.Score(data[i].Style, mMean, mStd, risk);
        }
        return new CrossValidationReport(name, k, raw, cal, Calibration.Auc(margins, labels), Calibration.Brier(probs, labels),
            Calibration.ExpectedCalibrationError(bins), Calibration.ExpectedCalibrationError(uncalibrated), bins, settings,
            Calibration.Auc(styleRisk, labels), margins, probs) { TermMargins = termMargins };
    }

    /// <summary>
    /// Chooses (l2, style scale) by outlet-grouped inner cross-validation accuracy on <paramref name="train"/> only.
    /// The inner folds reuse the outer fold's term counts (masked with the outer training outlets).
    /// </summary>
    private (double L2, float Scale, double Accuracy) ChooseSettings(List<Prepared> data, Dictionary<string, int>[] allCounts, int[] train, CancellationToken ct)
    {
        if (options.L2Grid.Count * options.StyleScaleGrid.Count == 1) return (options.L2Grid[0], options.StyleScaleGrid[0], double.NaN);
        var sub = train.Select(i => data[i]).ToList();
        var inner = GroupedFolds(sub, options.InnerFolds);
        var labels = sub.Select(d => d.Label).ToArray();
        var correct = new int[options.L2Grid.Count, options.StyleScaleGrid.Count];
        for (int f = 0; f < options.InnerFolds; f++)
        {
            ct.ThrowIfCancellationRequested();
            var tr = Enumerable.Range(0, sub.Count).Where(i => inner[i] != f).ToArray();
            var te = Enumerable.Range(0, sub.Count).Where(i => inner[i] == f).ToArray();
            var counts = train.Select(i => allCounts[i]).ToArray();
            var fold = FoldData.Build(sub.Select(d => d.Outlet).ToArray(), counts, sub.Select(d => d.Style).ToArray(), labels, tr, options);
            for (int a = 0; a < options.L2Grid.Count; a++)
                for (int b = 0; b < options.StyleScaleGrid.Count; b++)
                {
                    var lr = fold.Train(tr, labels, options.L2Grid[a], options.StyleScaleGrid[b], options);
                    correct[a, b] += te.Count(i => fold.Margin(lr, i, options.StyleScaleGrid[b]) > 0 == labels[i]);
                }
        }
        int ba = 0, bb = 0;
        for (int a = 0; a < options.L2Grid.Count; a++)
            for (int b = 0; b < options.StyleScaleGrid.Count; b++)
                if (correct[a, b] > correct[ba, bb]) (ba, bb) = (a, b);
        return (options.L2Grid[ba], options.StyleScaleGrid[bb], correct[ba, bb] / (double)sub.Count);
    }

    private static int[] GroupedFolds(List<Prepared> data, int k) => OutletFolds.Grouped([.. data.Select(d => d.Outlet)], k);

    private static int[] StratifiedFolds(List<Prepared> data, int k, int seed)
    {
        var rng = new Random(seed);
        var foldOf = new int[data.Count];
        foreach (bool label in new[] { true, false })
        {
            var idx = Enumerable.Range(0, data.Count).Where(i => data[i].Label == label).ToArray();
            rng.Shuffle(idx);
            for (int j = 0; j < idx.Length; j++) foldOf[idx[j]] = j % k;
        }
        return foldOf;
    }

    private static VerdictModelData BuildData(List<Prepared> data, FoldData fold, LogisticRegression lr, float scale, OutletMask mask,
        BoilerplateFilter boilerplate, bool titleFeatures, double a, double b, List<CrossValidationReport> reports, double l2)
    {
        int v = fold.Terms.Length, s = StyleFeatureCatalog.Core.Count;
        var mainstream = data.Where(d => !d.Label).Select(d => d.Style).ToList();
        var hyper = data.Where(d => d.Label).Select(d => d.Style).ToList();
        var (mMean, mStd) = MeanStd(mainstream, s);
        var (hMean, _) = MeanStd(hyper, s);
        var facts = new Dictionary<string, string>
        {
            ["trainedOn"] = $"{data.Count} articles ({data.Count(d => d.Label)} hyperpartisan) from {data.Select(d => d.Outlet).Distinct().Count()} outlets",
            ["boilerplateParagraphs"] = boilerplate.Count.ToString(CultureInfo.InvariantCulture),
            ["settings"] = $"l2={l2.ToString(CultureInfo.InvariantCulture)} styleScale={scale.ToString(CultureInfo.InvariantCulture)} terms={v}",
        };
        foreach (var r in reports)
            facts["cv." + r.Name] = $"accuracy {r.Calibrated.Accuracy:0.000} F1 {r.Calibrated.F1:0.000} AUC {r.Auc:0.000} ECE {r.EceCalibrated:0.000}";
        return new VerdictModelData
        {
            Terms = fold.Terms,
            PositiveRate = Math.Round(data.Count(d => d.Label) / (double)data.Count, 4),
            TitleFeatures = titleFeatures,
            StyleNames = [.. StyleFeatureCatalog.Core.Select(f => f.Name)],
            OutletKeys = [.. mask.Keys.Order(StringComparer.Ordinal)],
            Boilerplate = boilerplate,
            Idf = fold.Idf,
            TextWeights = [.. lr.Weights[..v].Select((w, j) => w * fold.NbRatio[j])],
            TermMeanCount = fold.TermMeanCount,
            StyleMean = fold.StyleMean,
            StyleStd = fold.StyleStd,
            StyleWeights = lr.Weights[v..(v + s)],
            MainstreamMean = mMean,
            MainstreamStd = mStd,
            HyperpartisanMean = hMean,
            ReliabilityWeights = [.. StyleFeatureCatalog.Core.Select(f => (float)f.StyleRisk)],
            Bias = lr.Bias,
            StyleScale = scale,
            PlattA = a,
            PlattB = b,
            Facts = facts,
        };
    }

    internal static (float[] Mean, float[] Std) MeanStd(IReadOnlyList<double[]> rows, int s)
    {
        var mean = new float[s];
        var std = new float[s];
        if (rows.Count == 0) return (mean, std);
        for (int k = 0; k < s; k++)
        {
            double m = rows.Average(r => r[k]);
            double var = rows.Average(r => (r[k] - m) * (r[k] - m));
            mean[k] = (float)m;
            std[k] = (float)Math.Sqrt(var);
        }
        return (mean, std);
    }
}
