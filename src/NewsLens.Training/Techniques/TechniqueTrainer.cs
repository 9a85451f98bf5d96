using NewsLens.Analyzers.Techniques;
using NewsLens.Text;
using NewsLens.Training.Learning;

namespace NewsLens.Training.Techniques;

/// <summary>
/// Trains the technique models on PTC articles and evaluates them by cross-validation grouped by article.
/// Deterministic: the same articles, embedded lexicon and clusters, and options give the same model bytes.
/// </summary>
public static class TechniqueTrainer
{
    /// <summary>An article with its document, token facts and gold spans in UTF-16, computed once.</summary>
    internal sealed class Prepared
    {
        public required PtcArticle Article { get; init; }
        public required ArticleFeatures Features { get; init; }
        public required List<TextSpan> SiGold { get; init; }
        public required List<(TextSpan Span, int Label)> TcGold { get; init; }
        public required bool[] TokenInside { get; init; }
    }

    internal static List<Prepared> Prepare(IReadOnlyList<PtcArticle> articles)
    {
        var result = new List<Prepared>(articles.Count);
        foreach (var art in articles)
        {
            var doc = Document.Create(art.Text);
            var a = new ArticleFeatures(doc);
            var si = art.SiSpans.Select(art.ToUtf16).Where(s => !s.IsEmpty).ToList();
            var tc = art.TcSpans.Select(s => (art.ToUtf16(s), TechniqueNames.IndexOf(s.Technique)))
                .Where(x => x.Item2 >= 0 && !x.Item1.IsEmpty).ToList();
            var inside = new bool[doc.Tokens.Count];
            foreach (var s in si)
            {
                var (first, end) = SpanFeaturizer.TokenRange(doc, s);
                for (int i = first; i < end; i++)
                {
                    var t = doc.Tokens[i];
                    int mid = (t.Start + t.End) / 2; // why: a token counts as inside when its middle is
                    if (mid >= s.Start && mid < s.End) inside[i] = true;
                }
            }
            result.Add(new Prepared { Article = art, Features = a, SiGold = si, TcGold = tc, TokenInside = inside });
        }
        return result;
    }

    /// <summary>Trains SI and TC on all <paramref name="articles"/>.</summary>
    public static TechniqueModel Train(IReadOnlyList<PtcArticle> articles, TechniqueTrainingOptions? options = null,
        Action<string>? log = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        options ??= new TechniqueTrainingOptions();
        var prepared = Prepare(articles);
        return Train(prepared, options, log, metadata);
    }

    internal static TechniqueModel Train(List<Prepared> train, TechniqueTrainingOptions o, Action<string>? log,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        // Choose the SI threshold and gap on an inner split of the training articles, then refit on all of them.
        var inner = train.Where((_, i) => i % o.TuneEvery != o.TuneEvery - 1).ToList();
        var tune = train.Where((_, i) => i % o.TuneEvery == o.TuneEvery - 1).ToList();
        var innerSi = TrainSpans(inner, o, 0.5f, 0, 0);
        var (threshold, gap, minSpan, tuneF1) = ChooseDecoding(innerSi, tune, o);
        log?.Invoke($"  SI decoding chosen on {tune.Count} inner-held-out articles: threshold={threshold:0.000} gap={gap} minSpanScore={minSpan:0.00} (inner F1={tuneF1:0.0000})");
        var si = TrainSpans(train, o, threshold, gap, minSpan);
        var tc = TrainClasses(train, o);
        return new TechniqueModel(si, tc, metadata);
    }

    private static SpanIdentifier TrainSpans(List<Prepared> train, TechniqueTrainingOptions o, float threshold, int gap, float minSpanScore)
    {
        var first = TrainFirstPass(train, o);
        if (o.SmoothingFolds < 2) return new SpanIdentifier(HalfPacking.Round(first.Weights), first.Bias, threshold, gap, null, 0, minSpanScore);
        // The second pass learns from first-pass probabilities of articles the first pass did not see (inner folds).
        var oof = new float[train.Count][];
        for (int f = 0; f < o.SmoothingFolds; f++)
        {
            var part = train.Where((_, i) => i % o.SmoothingFolds != f).ToList();
            var lr = TrainFirstPass(part, o);
            var si = new SpanIdentifier(lr.Weights, lr.Bias, 0.5f, 0);
            for (int i = f; i < train.Count; i += o.SmoothingFolds) oof[i] = si.ScoreFirstPass(train[i].Features);
        }
        var examples = new List<(int[] Indices, float[] Values)>();
        var labels = new List<bool>();
        var ones = new Dictionary<int, float[]>();
        var buffer = new List<int>(32);
        for (int k = 0; k < train.Count; k++)
        {
            var a = train[k].Features;
            var p = oof[k];
            int sc = a.Document.Sentences.Count;
            float[] mean = new float[sc], max = new float[sc], share = new float[sc];
            SmoothingFeaturizer.SentenceStats(a, p, mean, max, share);
            for (int i = 0; i < p.Length; i++)
            {
                buffer.Clear();
                SmoothingFeaturizer.Features(a, p, i, mean, max, share, buffer);
                if (!ones.TryGetValue(buffer.Count, out var v)) ones[buffer.Count] = v = Enumerable.Repeat(1f, buffer.Count).ToArray();
                examples.Add(([.. buffer], v));
                labels.Add(train[k].TokenInside[i]);
            }
        }
        var second = Learning.LogisticRegression.Train(examples, labels, SmoothingFeaturizer.Mask + 1, o.SpanEpochs, o.SpanLearningRate, o.SpanL2, seed: o.Seed);
        return new SpanIdentifier(HalfPacking.Round(first.Weights), first.Bias, threshold, gap, HalfPacking.Round(second.Weights), second.Bias, minSpanScore);
    }

    private static Learning.LogisticRegression TrainFirstPass(List<Prepared> train, TechniqueTrainingOptions o)
    {
        int mask = (1 << o.SpanBits) - 1;
        var examples = new List<(int[] Indices, float[] Values)>();
        var labels = new List<bool>();
        var ones = new Dictionary<int, float[]>();
        var buffer = new List<int>(64);
        foreach (var p in train)
        {
            for (int i = 0; i < p.Features.TokenCount; i++)
            {
                buffer.Clear();
                TokenFeaturizer.Features(p.Features, i, mask, buffer);
                if (!ones.TryGetValue(buffer.Count, out var v)) ones[buffer.Count] = v = Enumerable.Repeat(1f, buffer.Count).ToArray();
                examples.Add(([.. buffer], v));
                labels.Add(p.TokenInside[i]);
            }
        }
        return Learning.LogisticRegression.Train(examples, labels, mask + 1, o.SpanEpochs, o.SpanLearningRate, o.SpanL2, seed: o.Seed);
    }

    private static TechniqueClassifier TrainClasses(List<Prepared> train, TechniqueTrainingOptions o)
    {
        int mask = (1 << o.ClassBits) - 1;
        var examples = new List<int[]>();
        var labels = new List<int>();
        var offsets = new List<double[]?>();
        var buffer = new List<int>(128);
        foreach (var p in train)
        {
            var siblings = SpanFeaturizer.SiblingsOf(p.Features, [.. p.TcGold.Select(g => g.Span)]);
            for (int k = 0; k < p.TcGold.Count; k++)
            {
                var (span, label) = p.TcGold[k];
                buffer.Clear();
                SpanFeaturizer.Features(p.Features, span, mask, buffer, siblings[k]);
                examples.Add([.. buffer]);
                labels.Add(label);
                double[]? off = null;
                if (o.UseRules)
                {
                    off = new double[TechniqueNames.All.Count];
                    TechniqueRules.Apply(p.Features, span, off);
                    if (off.All(v => v == 0)) off = null;
                }
                offsets.Add(off);
            }
        }
        var (w, b) = SoftmaxTrainer.Train(examples, labels, TechniqueNames.All.Count, mask + 1, o.ClassEpochs, o.ClassLearningRate, o.ClassL2, o.Seed, o.ClassBalance, offsets);
        return new TechniqueClassifier(HalfPacking.Round(w), b) { UseRules = o.UseRules };
    }

    private static (float Threshold, int Gap, float MinSpan, double F1) ChooseDecoding(SpanIdentifier si, List<Prepared> tune, TechniqueTrainingOptions o)
    {
        var probs = tune.Select(p => si.ScoreTokens(p.Features)).ToList();
        float bestT = 0.5f, bestM = 0; int bestG = 0; double bestF = -1;
        foreach (float t in o.ThresholdGrid)
            foreach (int g in o.GapGrid)
                foreach (float m in o.MinSpanScoreGrid)
                {
                    if (m != 0 && m <= t) continue;
                    var scorer = new SpanF1Scorer();
                    for (int k = 0; k < tune.Count; k++) ScoreSi(scorer, tune[k], si.Decode(tune[k].Features, probs[k], t, g, m));
                    if (scorer.F1 > bestF) { bestF = scorer.F1; bestT = t; bestG = g; bestM = m; }
                }
        return (bestT, bestG, bestM, bestF);
    }

    private static void ScoreSi(SpanF1Scorer scorer, Prepared p, List<(TextSpan Span, double Score)> predicted)
    {
        var art = p.Article;
        scorer.Add([.. predicted.Select(x => art.ToCodePoints(x.Span))], [.. art.SiSpans.Select(s => (s.Start, s.End))]);
    }

    /// <summary>
    /// k-fold cross-validation grouped by article (article i, in id order, is in fold i mod k). Each fold's model is
    /// trained on the other folds only (its SI decoding chosen on an inner split of them).
    /// </summary>
    public static CrossValidationReport CrossValidate(IReadOnlyList<PtcArticle> articles, int folds,
        TechniqueTrainingOptions? options = null, Action<string>? log = null)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least 2 folds");
        options ??= new TechniqueTrainingOptions();
        return Evaluate(Prepare(articles), folds, Enumerable.Range(0, folds), options, log);
    }

    /// <summary>Trains on all folds but <paramref name="fold"/> and evaluates on it (a quick check of one split).</summary>
    public static CrossValidationReport CrossValidateOneFold(IReadOnlyList<PtcArticle> articles, int folds, int fold,
        TechniqueTrainingOptions? options = null, Action<string>? log = null) =>
        Evaluate(Prepare(articles), folds, [fold], options ?? new TechniqueTrainingOptions(), log);

    private static CrossValidationReport Evaluate(List<Prepared> prepared, int folds, IEnumerable<int> foldsToRun,
        TechniqueTrainingOptions options, Action<string>? log)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least 2 folds");
        var si = new SpanF1Scorer();
        int correct = 0, total = 0;
        var perTech = TechniqueNames.All.ToDictionary(n => n, _ => (Correct: 0, Total: 0));
        var lines = new List<string>();
        foreach (int f in foldsToRun)
        {
            var train = prepared.Where((_, i) => i % folds != f).ToList();
            var test = prepared.Where((_, i) => i % folds == f).ToList();
            log?.Invoke($"fold {f + 1}/{folds}: training on {train.Count} articles, testing on {test.Count}");
            var model = options.EvaluateSpans
                ? Train(train, options, log)
                : new TechniqueModel(new SpanIdentifier([0f], 0, 1, 0), TrainClasses(train, options));
            var foldSi = new SpanF1Scorer();
            int foldCorrect = 0, foldTotal = 0;
            foreach (var p in test)
            {
                if (options.EvaluateSpans)
                {
                    var predicted = model.Spans.Identify(p.Features);
                    ScoreSi(si, p, predicted);
                    ScoreSi(foldSi, p, predicted);
                }
                if (!options.EvaluateClasses) continue;
                var spans = p.TcGold.Select(x => x.Span).ToList();
                var probs = model.ClassifyProbabilities(p.Features, spans);
                var labels = TechniqueModel.AssignDistinct(spans, probs);
                foreach (var group in Enumerable.Range(0, spans.Count).GroupBy(i => spans[i]))
                {
                    var gold = group.Select(i => p.TcGold[i].Label).ToList();
                    var pred = group.Select(i => labels[i]).ToList();
                    foreach (int g in gold)
                    {
                        var name = TechniqueNames.All[g];
                        var (c, t) = perTech[name];
                        bool hit = pred.Remove(g);
                        perTech[name] = (c + (hit ? 1 : 0), t + 1);
                        if (hit) { correct++; foldCorrect++; }
                        total++; foldTotal++;
                    }
                }
            }
            var line = $"fold {f + 1}: SI P={foldSi.Precision:0.0000} R={foldSi.Recall:0.0000} F1={foldSi.F1:0.0000}; TC micro-F1={(double)foldCorrect / Math.Max(1, foldTotal):0.0000} ({foldCorrect}/{foldTotal})";
            lines.Add(line);
            log?.Invoke(line);
        }
        return new CrossValidationReport(folds, prepared.Count, si.Precision, si.Recall, si.F1, si.PredictedCount, si.GoldCount,
            (double)correct / Math.Max(1, total), correct, total, perTech, lines);
    }
}
