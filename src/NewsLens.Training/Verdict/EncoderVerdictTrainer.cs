using System.Globalization;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Verdict;
using NewsLens.Learning;
using NewsLens.Training.Learning;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Training.Verdict;

/// <summary>Settings of <see cref="EncoderVerdictTrainer"/>. Defaults are the ones the shipped head was trained with.</summary>
public sealed record EncoderVerdictOptions
{
    /// <summary>Outlet-grouped cross-validation folds.</summary>
    public int Folds { get; init; } = 10;
    /// <summary>Outlet-grouped inner folds that choose the settings inside each training set.</summary>
    public int InnerFolds { get; init; } = 4;
    /// <summary>L2 strengths tried (summed log loss + λ/2·‖w‖²).</summary>
    public IReadOnlyList<double> L2Grid { get; init; } = [3, 10, 30, 100];
    /// <summary>Scales of the standardised mean sentence vector tried (0: the head reads no vector).</summary>
    public IReadOnlyList<float> VectorScaleGrid { get; init; } = [0f, 0.1f, 0.3f];
    /// <summary>Share of articles (whole outlets) kept out of every design choice and scored once at the end.</summary>
    public double HeldOutShare { get; init; } = 0.1;
    public int Seed { get; init; } = 2019;
}

/// <summary>One training article as the encoder head reads it.</summary>
/// <param name="Id">article id.</param>
/// <param name="Outlet">host, for grouping only (never a feature).</param>
/// <param name="Label">hyperpartisan.</param>
/// <param name="TermMargin">the fast model's out-of-fold term margin.</param>
/// <param name="FullMargin">the fast model's out-of-fold margin with style (the baseline it is compared with).</param>
/// <param name="Signals">values in <see cref="VerdictSignals.Names"/> order.</param>
/// <param name="MeanVector">mean sentence vector.</param>
public sealed record EncoderVerdictSample(string Id, string Outlet, bool Label, double TermMargin, double FullMargin, double[] Signals, float[] MeanVector)
{
    /// <summary>The sample of an article analysed by the accurate pipeline (without the head).</summary>
    public static EncoderVerdictSample Of(string id, string outlet, bool label, double termMargin, double fullMargin, Document analysed)
    {
        var profile = analysed.GetSingle(StyleLayers.Profile) ?? StyleFeatureExtractor.Default.Extract(analysed);
        var table = analysed.GetSingle(VectorLayers.Sentences)
            ?? throw new InvalidOperationException($"article {id} has no sentence vectors: analyse it with the accurate pipeline");
        return new(id, outlet, label, termMargin, fullMargin, [.. VerdictSignals.Read(analysed, profile).Select(s => s.Value)],
            EncoderVerdictModel.MeanSentenceVector(analysed, table));
    }
}

/// <summary>Out-of-fold scores of one model on a set of articles.</summary>
public sealed record EncoderVerdictReport(string Name, int Articles, BinaryMetrics Raw, BinaryMetrics Calibrated, double Auc, double Brier,
    double Ece, IReadOnlyList<string> Settings);

/// <summary>
/// Trains the accurate pipeline's verdict head (<see cref="EncoderVerdictModel"/>) on samples whose term margins are
/// out of fold. Evaluation: a tenth of the articles (whole outlets, picked by a seeded hash) is set aside first; on the
/// rest, nested outlet-grouped CV (inner folds choose L2 and the vector scale) compares the head with the fast model;
/// the set-aside part is scored once by a head trained on the rest. The shipped head is trained on every article, its
/// Platt calibration fitted on outlet-grouped out-of-fold margins. Deterministic.
/// </summary>
public sealed class EncoderVerdictTrainer(EncoderVerdictOptions options, TextWriter? log = null)
{
    private readonly TextWriter _log = log ?? TextWriter.Null;

    public sealed record Result(EncoderVerdictModel Model, IReadOnlyList<EncoderVerdictReport> Reports);

    public Result Run(IReadOnlyList<EncoderVerdictSample> samples, string encoderKey, IReadOnlyDictionary<string, string> facts)
    {
        int n = samples.Count;
        var labels = samples.Select(s => s.Label).ToArray();
        var heldOut = HeldOut(samples);
        var tuning = Enumerable.Range(0, n).Where(i => !heldOut[i]).ToArray();
        var held = Enumerable.Range(0, n).Where(i => heldOut[i]).ToArray();
        _log.WriteLine($"{n} articles; set aside {held.Length} from {held.Select(i => samples[i].Outlet).Distinct().Count()} outlets; tuning on {tuning.Length}");
        var reports = new List<EncoderVerdictReport>();

        // Tuning part: nested outlet-grouped CV, fast model and head side by side.
        var tuneFolds = OutletFolds.Grouped(tuning.Select(i => samples[i].Outlet).ToList(), options.Folds);
        reports.Add(Report($"fast (verdict.bin), tuning part, outlet-grouped {options.Folds}-fold", tuning.Select(i => samples[i].FullMargin).ToArray(),
            tuning.Select(i => labels[i]).ToArray(), tuneFolds, []));
        var (tuneMargins, tuneSettings) = CrossValidate(samples, tuning, tuneFolds);
        reports.Add(Report($"encoder head, tuning part, outlet-grouped {options.Folds}-fold", tuneMargins, tuning.Select(i => labels[i]).ToArray(), tuneFolds, tuneSettings));

        // Set-aside part, scored once: head trained on the tuning part, Platt from its out-of-fold margins.
        if (held.Length > 0)
        {
            var (l2, scale) = Choose(samples, tuning);
            var (a, b) = Calibration.FitPlatt(tuneMargins, tuning.Select(i => labels[i]).ToList());
            var fit = Fit(samples, tuning, l2, scale);
            var hm = held.Select(i => fit.Margin(samples[i])).ToArray();
            var (fa, fb) = Calibration.FitPlatt(tuning.Select(i => samples[i].FullMargin).ToList(), tuning.Select(i => labels[i]).ToList());
            var hl = held.Select(i => labels[i]).ToArray();
            reports.Add(Scored("fast (verdict.bin), set-aside outlets", held.Select(i => samples[i].FullMargin).ToArray(), hl, fa, fb, []));
            reports.Add(Scored("encoder head, set-aside outlets", hm, hl, a, b, [$"l2={F(l2)} vectorScale={F(scale)}"]));
        }

        // Every article: grouped CV for the card and the calibration, then the shipped head.
        var all = Enumerable.Range(0, n).ToArray();
        var folds = OutletFolds.Grouped(samples.Select(s => s.Outlet).ToList(), options.Folds);
        reports.Add(Report($"fast (verdict.bin), all, outlet-grouped {options.Folds}-fold", samples.Select(s => s.FullMargin).ToArray(), labels, folds, []));
        var (margins, settings) = CrossValidate(samples, all, folds);
        reports.Add(Report($"encoder head, all, outlet-grouped {options.Folds}-fold", margins, labels, folds, settings));
        var (fl2, fscale) = Choose(samples, all);
        var final = Fit(samples, all, fl2, fscale);
        var (pa, pb) = Calibration.FitPlatt(margins, labels);
        var f = new Dictionary<string, string>(facts)
        {
            ["trainedOn"] = $"{n} articles ({labels.Count(l => l)} hyperpartisan) from {samples.Select(s => s.Outlet).Distinct().Count()} outlets",
            ["settings"] = $"l2={F(fl2)} vectorScale={F(fscale)}",
        };
        foreach (var r in reports) f["cv." + r.Name] = $"accuracy {r.Calibrated.Accuracy:0.000} F1 {r.Calibrated.F1:0.000} AUC {r.Auc:0.000} ECE {r.Ece:0.000}";
        return new Result(final.ToModel(pa, pb, Math.Round(labels.Count(l => l) / (double)n, 4), encoderKey, f), reports);
    }

    // Whole outlets, ordered by a seeded hash of their name, until the share is reached.
    private bool[] HeldOut(IReadOnlyList<EncoderVerdictSample> samples)
    {
        var mark = new bool[samples.Count];
        if (options.HeldOutShare <= 0) return mark;
        int target = (int)Math.Round(options.HeldOutShare * samples.Count), taken = 0;
        foreach (var outlet in samples.Select(s => s.Outlet).Distinct().OrderBy(o => Hash(o, options.Seed)).ThenBy(o => o, StringComparer.Ordinal))
        {
            if (taken >= target) break;
            for (int i = 0; i < samples.Count; i++)
                if (samples[i].Outlet == outlet) { mark[i] = true; taken++; }
        }
        return mark;
    }

    private static ulong Hash(string s, int seed)
    {
        ulong h = 14695981039346656037UL ^ (ulong)seed;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    // Out-of-fold margins over `subset` (foldOf indexed like subset), settings chosen inside each training set.
    private (double[] Margins, List<string> Settings) CrossValidate(IReadOnlyList<EncoderVerdictSample> samples, int[] subset, int[] foldOf)
    {
        var margins = new double[subset.Length];
        var settings = new List<string>();
        for (int f = 0; f <= foldOf.Max(); f++)
        {
            var train = subset.Where((_, j) => foldOf[j] != f).ToArray();
            var (l2, scale) = Choose(samples, train);
            var fit = Fit(samples, train, l2, scale);
            for (int j = 0; j < subset.Length; j++)
                if (foldOf[j] == f) margins[j] = fit.Margin(samples[subset[j]]);
            settings.Add($"fold {f}: l2={F(l2)} vectorScale={F(scale)}");
            _log.WriteLine($"  {settings[^1]}");
        }
        return (margins, settings);
    }

    // The (l2, vector scale) with the lowest out-of-fold log loss (raw sigmoid, class-weighted) over outlet-grouped inner folds.
    private (double L2, float Scale) Choose(IReadOnlyList<EncoderVerdictSample> samples, int[] train)
    {
        var inner = OutletFolds.Grouped(train.Select(i => samples[i].Outlet).ToList(), options.InnerFolds);
        double bestLoss = double.PositiveInfinity;
        (double, float) best = (options.L2Grid[0], options.VectorScaleGrid[0]);
        int pos = train.Count(i => samples[i].Label);
        double wPos = pos == 0 ? 1 : (train.Length - pos) / (double)pos;
        foreach (float scale in options.VectorScaleGrid)
            foreach (double l2 in options.L2Grid)
            {
                double loss = 0;
                for (int f = 0; f < options.InnerFolds; f++)
                {
                    var tr = train.Where((_, j) => inner[j] != f).ToArray();
                    if (tr.Length == 0 || tr.Length == train.Length) continue;
                    var fit = Fit(samples, tr, l2, scale);
                    for (int j = 0; j < train.Length; j++)
                    {
                        if (inner[j] != f) continue;
                        var s = samples[train[j]];
                        double p = Math.Clamp(Logistic.Sigmoid(fit.Margin(s)), 1e-9, 1 - 1e-9);
                        loss -= s.Label ? wPos * Math.Log(p) : Math.Log(1 - p);
                    }
                }
                if (loss < bestLoss - 1e-9) { bestLoss = loss; best = (l2, scale); }
            }
        return best;
    }

    private static Fitted Fit(IReadOnlyList<EncoderVerdictSample> samples, int[] train, double l2, float scale)
    {
        int s = samples[0].Signals.Length, v = samples[0].MeanVector.Length;
        var (sMean, sStd) = VerdictTrainer.MeanStd([.. train.Select(i => samples[i].Signals)], s);
        var (vMean, vStd) = VerdictTrainer.MeanStd([.. train.Select(i => Array.ConvertAll(samples[i].MeanVector, x => (double)x))], v);
        var fitted = new Fitted(sMean, sStd, vMean, vStd, scale, null!);
        var x = train.Select(i => fitted.Features(samples[i])).ToArray();
        var y = train.Select(i => samples[i].Label).ToArray();
        int pos = y.Count(b => b);
        var lr = LbfgsLogisticTrainer.Train(x, y, 1 + s + v, l2, pos == 0 ? 1 : (y.Length - pos) / (double)pos);
        return fitted with { Lr = lr };
    }

    /// <summary>A fitted head: feature 0 is the term margin, then the clipped signal z-scores, then the scaled vector z-scores.</summary>
    private sealed record Fitted(float[] SignalMean, float[] SignalStd, float[] VectorMean, float[] VectorStd, float Scale, LogisticRegression Lr)
    {
        public (int[] Indices, float[] Values) Features(EncoderVerdictSample s)
        {
            int ns = SignalMean.Length, nv = VectorMean.Length;
            var idx = new int[1 + ns + nv];
            var val = new float[idx.Length];
            for (int k = 0; k < idx.Length; k++) idx[k] = k;
            val[0] = (float)s.TermMargin;
            for (int k = 0; k < ns; k++) val[1 + k] = (float)VerdictVectors.Z(s.Signals[k], SignalMean[k], SignalStd[k]);
            for (int k = 0; k < nv; k++) val[1 + ns + k] = Scale * (float)((s.MeanVector[k] - VectorMean[k]) / (VectorStd[k] > 1e-9f ? VectorStd[k] : 1f));
            return (idx, val);
        }

        public double Margin(EncoderVerdictSample s)
        {
            var (idx, val) = Features(s);
            return Lr.Margin(idx, val);
        }

        // Fold the vector standardisation and scale into raw weights: w_k·scale·(x−μ)/σ = (w_k·scale/σ)·x − (w_k·scale/σ)·μ.
        public EncoderVerdictModel ToModel(double plattA, double plattB, double positiveRate, string encoderKey, IReadOnlyDictionary<string, string> facts)
        {
            int ns = SignalMean.Length, nv = VectorMean.Length;
            var w = Lr.Weights;
            var vw = new float[nv];
            double baseline = 0;
            for (int k = 0; k < nv; k++)
            {
                vw[k] = (float)(w[1 + ns + k] * Scale / (VectorStd[k] > 1e-9f ? VectorStd[k] : 1f));
                baseline += (double)vw[k] * VectorMean[k];
            }
            return new EncoderVerdictModel([.. VerdictSignals.Names], SignalMean, SignalStd, w[1..(1 + ns)], vw, baseline, w[0], Lr.Bias,
                plattA, plattB, positiveRate, encoderKey, facts);
        }
    }

    // Metrics at margin 0 and after Platt calibration cross-fitted over the folds.
    private static EncoderVerdictReport Report(string name, double[] margins, bool[] labels, int[] foldOf, IReadOnlyList<string> settings)
    {
        var probs = new double[margins.Length];
        for (int f = 0; f <= foldOf.Max(); f++)
        {
            var others = Enumerable.Range(0, margins.Length).Where(i => foldOf[i] != f).ToArray();
            var (a, b) = Calibration.FitPlatt(others.Select(i => margins[i]).ToArray(), others.Select(i => labels[i]).ToArray());
            for (int i = 0; i < margins.Length; i++) if (foldOf[i] == f) probs[i] = Logistic.Sigmoid(a * margins[i] + b);
        }
        return Metrics(name, margins, probs, labels, settings);
    }

    private static EncoderVerdictReport Scored(string name, double[] margins, bool[] labels, double a, double b, IReadOnlyList<string> settings) =>
        Metrics(name, margins, margins.Select(m => Logistic.Sigmoid(a * m + b)).ToArray(), labels, settings);

    private static EncoderVerdictReport Metrics(string name, double[] margins, double[] probs, bool[] labels, IReadOnlyList<string> settings) =>
        new(name, labels.Length, BinaryMetrics.Of(labels, margins.Select(m => m > 0).ToArray()), BinaryMetrics.Of(labels, probs.Select(p => p >= 0.5).ToArray()),
            Calibration.Auc(margins, labels), Calibration.Brier(probs, labels), Calibration.ExpectedCalibrationError(Calibration.Bins(probs, labels)), settings);

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);
    private static string F(float v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A file of <see cref="EncoderVerdictSample"/>s (tab-separated, first line the key they were made under), so a rerun skips the analysis.</summary>
public static class EncoderVerdictSamples
{
    /// <summary>The samples in <paramref name="path"/> when it exists and was written under <paramref name="key"/> with <paramref name="count"/> rows; else null.</summary>
    public static IReadOnlyList<EncoderVerdictSample>? TryRead(string path, string key, int count)
    {
        if (!File.Exists(path)) return null;
        using var r = new StreamReader(path);
        if (r.ReadLine() != key) return null;
        var list = new List<EncoderVerdictSample>(count);
        while (r.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length != 7) return null;
            static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            list.Add(new EncoderVerdictSample(f[0], f[1], f[2] == "1", D(f[3]), D(f[4]), [.. f[5].Split(' ').Select(D)],
                [.. f[6].Split(' ').Select(s => float.Parse(s, CultureInfo.InvariantCulture))]));
        }
        return list.Count == count ? list : null;
    }

    public static void Write(string path, string key, IReadOnlyList<EncoderVerdictSample> samples)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path) { NewLine = "\n" };
        w.WriteLine(key);
        foreach (var s in samples)
            w.WriteLine(string.Join('\t', s.Id, s.Outlet, s.Label ? "1" : "0", s.TermMargin.ToString("R", CultureInfo.InvariantCulture),
                s.FullMargin.ToString("R", CultureInfo.InvariantCulture), string.Join(' ', s.Signals.Select(v => v.ToString("R", CultureInfo.InvariantCulture))),
                string.Join(' ', s.MeanVector.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))));
    }
}
