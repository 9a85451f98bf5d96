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

    internal static List<Prepared> Prepare(IReadOnlyList<PtcArticle> articles, Vectors.EncodedCorpus? encoder = null, Action<string>? log = null)
    {
        var result = new List<Prepared>(articles.Count);
        foreach (var art in articles)
        {
            var doc = Document.Create(art.Text);
            ArticleFeatures a;
            if (encoder is null) a = new ArticleFeatures(doc);
            else
            {
                var (tv, sv) = encoder.Vectors(doc);
                a = new ArticleFeatures(doc, tv, sv);
                if (result.Count % 50 == 49) log?.Invoke($"  encoded {result.Count + 1}/{articles.Count} articles");
            }
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
    /// <param name="encoder">with it, the accurate pipeline's model (hashed features plus encoder vectors); without, the fast one.</param>
    public static TechniqueModel Train(IReadOnlyList<PtcArticle> articles, TechniqueTrainingOptions? options = null,
        Action<string>? log = null, IReadOnlyDictionary<string, string>? metadata = null, Vectors.EncodedCorpus? encoder = null)
    {
        options ??= new TechniqueTrainingOptions();
        var prepared = Prepare(articles, encoder, log);
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
        if (o.StructuredDecoder)
        {
            // the boundary heads and the decoder's two weights are chosen on the same inner split as the threshold
            var (innerStart, innerEnd) = (TrainBoundary(inner, o, IsStart), TrainBoundary(inner, o, IsEnd));
            var (bw, bonus, segF1) = ChooseSegments(innerSi, innerStart, innerEnd, tune, o);
            log?.Invoke($"  structured decoder chosen on the same split: boundary weight={bw:0.00} span bonus={bonus:0.00} (inner F1={segF1:0.0000})");
            si = si.WithSegments(new SegmentDecoder(TrainBoundary(train, o, IsStart), TrainBoundary(train, o, IsEnd), bw, bonus, o.MaxSpanTokens));
        }
        // The span scores are calibrated on the same inner split: what share of the inner model's spans at each score were technique spans.
        var calibration = Calibration.Fit(CalibrationPairs(innerSi, tune, threshold, gap, minSpan));
        if (calibration is not null) log?.Invoke($"  span-score calibration fitted on the same split: {calibration.Scores.Length} knots");
        var tc = TrainClasses(train, o);
        return new TechniqueModel(si, tc, metadata) { EncoderKey = train.Count > 0 ? train[0].Features.TokenVectors?.Source.Key : null, Calibration = calibration };
    }

    // (span score, whether the span overlaps a gold technique span) for the spans si finds in the articles
    private static List<(double Score, bool Positive)> CalibrationPairs(SpanIdentifier si, List<Prepared> articles, float threshold, int gap, float minSpan)
    {
        var pairs = new List<(double, bool)>();
        foreach (var p in articles)
        {
            var gold = p.Article.SiSpans.Select(p.Article.ToUtf16).ToList();
            foreach (var (span, score) in si.Decode(p.Features, si.ScoreTokens(p.Features), threshold, gap, minSpan))
                pairs.Add((score, gold.Exists(g => g.Overlaps(span))));
        }
        return pairs;
    }

    private static bool IsStart(Prepared p, int i) =>
        p.TokenInside[i] && (i == 0 || !p.TokenInside[i - 1] || p.Features.SentenceOf[i - 1] != p.Features.SentenceOf[i]);

    private static bool IsEnd(Prepared p, int i) =>
        p.TokenInside[i] && (i + 1 == p.TokenInside.Length || !p.TokenInside[i + 1] || p.Features.SentenceOf[i + 1] != p.Features.SentenceOf[i]);

    private static BoundaryHead TrainBoundary(List<Prepared> train, TechniqueTrainingOptions o, Func<Prepared, int, bool> labelOf)
    {
        var fp = TrainFirstPass(train, o, labelOf);
        return new BoundaryHead(HalfPacking.Round(fp.Weights), fp.Bias, fp.Dense);
    }

    private static (float BoundaryWeight, float Bonus, double F1) ChooseSegments(SpanIdentifier si, BoundaryHead start, BoundaryHead end,
        List<Prepared> tune, TechniqueTrainingOptions o)
    {
        var scored = tune.Select(p => (P: p, In: si.ScoreTokens(p.Features), S: start.Score(p.Features), E: end.Score(p.Features))).ToList();
        var decoder = new SegmentDecoder(start, end, 1, 0, o.MaxSpanTokens);
        float bestW = 1, bestB = 0; double bestF = -1;
        foreach (float w in o.BoundaryWeightGrid)
            foreach (float b in o.SegmentBonusGrid)
            {
                var scorer = new SpanF1Scorer();
                foreach (var x in scored) ScoreSi(scorer, x.P, decoder.Decode(x.P.Features, x.In, x.S, x.E, w, b));
                if (scorer.F1 > bestF) { bestF = scorer.F1; bestW = w; bestB = b; }
            }
        return (bestW, bestB, bestF);
    }

    private static SpanIdentifier TrainSpans(List<Prepared> train, TechniqueTrainingOptions o, float threshold, int gap, float minSpanScore)
    {
        var first = TrainFirstPass(train, o);
        if (o.SmoothingFolds < 2) return new SpanIdentifier(HalfPacking.Round(first.Weights), first.Bias, threshold, gap, null, 0, minSpanScore, first.Dense);
        // The second pass learns from first-pass probabilities of articles the first pass did not see (inner folds).
        var oof = new float[train.Count][];
        for (int f = 0; f < o.SmoothingFolds; f++)
        {
            var part = train.Where((_, i) => i % o.SmoothingFolds != f).ToList();
            var lr = TrainFirstPass(part, o);
            var si = new SpanIdentifier(lr.Weights, lr.Bias, 0.5f, 0, dense: lr.Dense);
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
        return new SpanIdentifier(HalfPacking.Round(first.Weights), first.Bias, threshold, gap, HalfPacking.Round(second.Weights), second.Bias, minSpanScore, first.Dense);
    }

    private sealed record FirstPass(float[] Weights, float Bias, float[]? Dense);

    private static FirstPass TrainFirstPass(List<Prepared> train, TechniqueTrainingOptions o, Func<Prepared, int, bool>? labelOf = null)
    {
        labelOf ??= (p, i) => p.TokenInside[i];
        if (train.Count > 0 && train[0].Features.TokenVectors is not null) return TrainFirstPassWithVectors(train, o, labelOf);
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
                labels.Add(labelOf(p, i));
            }
        }
        var lr = Learning.LogisticRegression.Train(examples, labels, mask + 1, o.SpanEpochs, o.SpanLearningRate, o.SpanL2, seed: o.Seed);
        return new FirstPass(lr.Weights, lr.Bias, null);
    }

    // The token's and its sentence's vector beside the hashed features: the same AdaGrad log loss as the fast model,
    // over standardised vectors, folded back to raw-vector weights at the end.
    private static FirstPass TrainFirstPassWithVectors(List<Prepared> train, TechniqueTrainingOptions o, Func<Prepared, int, bool> labelOf)
    {
        int mask = (1 << o.SpanBits) - 1;
        int width = EncoderFeatures.Width(train[0].Features.TokenVectors!.Dimension);
        var sparse = new List<int[]>();
        var refs = new List<(int Article, int Token)>();
        var labels = new List<bool>();
        var buffer = new List<int>(64);
        var std = new Learning.Standardizer(width);
        var x = new float[width];
        for (int k = 0; k < train.Count; k++)
        {
            var a = train[k].Features;
            for (int i = 0; i < a.TokenCount; i++)
            {
                buffer.Clear();
                TokenFeaturizer.Features(a, i, mask, buffer);
                sparse.Add([.. buffer]);
                refs.Add((k, i));
                labels.Add(labelOf(train[k], i));
                TokenInput(a, i, x);
                std.Add(x);
            }
        }
        std.Complete(o.DenseScale);
        var w = new double[mask + 1];
        var g2 = new double[mask + 1];
        var dense = new Learning.DenseAdaGrad(width, o.DenseLearningRate, o.DenseL2);
        double b = 0, gb2 = 0;
        var order = Enumerable.Range(0, sparse.Count).ToArray();
        var rng = new Random(o.Seed);
        for (int epoch = 0; epoch < o.SpanEpochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int n in order)
            {
                var idx = sparse[n];
                TokenInput(train[refs[n].Article].Features, refs[n].Token, x);
                std.Apply(x);
                double z = b + dense.Dot(x);
                foreach (int j in idx) z += w[j];
                double g = NewsLens.Learning.Logistic.Sigmoid(z) - (labels[n] ? 1 : 0);
                foreach (int j in idx)
                {
                    double gi = g + o.SpanL2 * w[j];
                    g2[j] += gi * gi;
                    w[j] -= o.SpanLearningRate * gi / (Math.Sqrt(g2[j]) + 1e-8);
                }
                dense.Update((float)g, x);
                gb2 += g * g;
                b -= o.SpanLearningRate * g / (Math.Sqrt(gb2) + 1e-8);
            }
        }
        var (folded, shift) = std.Fold(dense.Weights);
        return new FirstPass([.. w.Select(v => (float)v)], (float)(b + shift), folded);
    }

    private static void TokenInput(ArticleFeatures a, int i, Span<float> x)
    {
        int d = a.TokenVectors!.Dimension;
        a.TokenVectors[i].CopyTo(x[..d]);
        a.SentenceVectors![a.SentenceOf[i]].CopyTo(x[d..]);
    }

    private static TechniqueClassifier TrainClasses(List<Prepared> train, TechniqueTrainingOptions o)
    {
        int mask = (1 << o.ClassBits) - 1;
        var examples = new List<int[]>();
        var labels = new List<int>();
        var offsets = new List<double[]?>();
        var buffer = new List<int>(128);
        bool withVectors = train.Count > 0 && train[0].Features.TokenVectors is not null;
        var dense = withVectors ? new List<float[]>() : null;
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
                if (dense is not null)
                {
                    var x = new float[EncoderFeatures.Width(p.Features.TokenVectors!.Dimension)];
                    EncoderFeatures.Span(p.Features, span, x);
                    dense.Add(x);
                }
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
        Learning.Standardizer? std = null;
        if (dense is { Count: > 0 })
        {
            std = new Learning.Standardizer(dense[0].Length);
            foreach (var x in dense) std.Add(x);
            std.Complete(o.DenseScale);
            foreach (var x in dense) std.Apply(x);
        }
        int classes = TechniqueNames.All.Count;
        var (w, b, dw) = SoftmaxTrainer.Train(examples, dense, labels, classes, mask + 1, o.ClassEpochs, o.ClassLearningRate, o.ClassL2, o.Seed,
            o.ClassBalance, offsets, o.DenseLearningRate, o.DenseL2);
        float[]? denseWeights = null;
        if (dw is not null && std is not null)
        {
            // fold each class's standardised weights back to raw inputs, stored row-major [input, class]
            int width = dw[0].Length;
            denseWeights = new float[width * classes];
            for (int k = 0; k < classes; k++)
            {
                var (folded, shift) = std.Fold(dw[k]);
                b[k] += (float)shift;
                for (int f = 0; f < width; f++) denseWeights[f * classes + k] = folded[f];
            }
        }
        return new TechniqueClassifier(HalfPacking.Round(w), b, denseWeights) { UseRules = o.UseRules };
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
        TechniqueTrainingOptions? options = null, Action<string>? log = null, Vectors.EncodedCorpus? encoder = null)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least 2 folds");
        options ??= new TechniqueTrainingOptions();
        return Evaluate(Prepare(articles, encoder, log), folds, Enumerable.Range(0, folds), options, log);
    }

    /// <summary>Trains on <paramref name="train"/> and scores <paramref name="test"/> once (the held-out check).</summary>
    public static CrossValidationReport TrainAndTest(IReadOnlyList<PtcArticle> train, IReadOnlyList<PtcArticle> test,
        TechniqueTrainingOptions? options = null, Action<string>? log = null, Vectors.EncodedCorpus? encoder = null)
    {
        options ??= new TechniqueTrainingOptions();
        // why: fold 1 of 2 over [train..., test...] with test placed at odd positions would reorder; score directly instead
        var model = Train(Prepare(train, encoder, log), options, log);
        return Score(model, Prepare(test, encoder, log), options, 1, "held-out");
    }

    /// <summary>Trains on all folds but <paramref name="fold"/> and evaluates on it (a quick check of one split).</summary>
    public static CrossValidationReport CrossValidateOneFold(IReadOnlyList<PtcArticle> articles, int folds, int fold,
        TechniqueTrainingOptions? options = null, Action<string>? log = null) =>
        Evaluate(Prepare(articles), folds, [fold], options ?? new TechniqueTrainingOptions(), log);

    private static CrossValidationReport Evaluate(List<Prepared> prepared, int folds, IEnumerable<int> foldsToRun,
        TechniqueTrainingOptions options, Action<string>? log)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least 2 folds");
        var total = new Tally();
        foreach (int f in foldsToRun)
        {
            var train = prepared.Where((_, i) => i % folds != f).ToList();
            var test = prepared.Where((_, i) => i % folds == f).ToList();
            log?.Invoke($"fold {f + 1}/{folds}: training on {train.Count} articles, testing on {test.Count}");
            var model = options.EvaluateSpans
                ? Train(train, options, log)
                : new TechniqueModel(new SpanIdentifier([0f], 0, 1, 0), TrainClasses(train, options));
            var fold = new Tally();
            foreach (var p in test) { fold.Add(model, p, options); total.Add(model, p, options); }
            var line = $"fold {f + 1}: {fold.Summary()}";
            total.Lines.Add(line);
            log?.Invoke(line);
        }
        total.Lines.Add($"all folds: {total.Summary()}");
        return total.Report(folds, prepared.Count);
    }

    private static CrossValidationReport Score(TechniqueModel model, List<Prepared> test, TechniqueTrainingOptions options, int folds, string name)
    {
        var tally = new Tally();
        foreach (var p in test) tally.Add(model, p, options);
        tally.Lines.Add($"{name}: {tally.Summary()}");
        return tally.Report(folds, test.Count);
    }

    /// <summary>SI and TC counts over scored articles.</summary>
    private sealed class Tally
    {
        private readonly SpanF1Scorer _si = new();
        private int _correct, _total;
        private readonly Dictionary<string, (int Correct, int Total)> _perTech = TechniqueNames.All.ToDictionary(n => n, _ => (0, 0));
        public List<string> Lines { get; } = [];

        private readonly List<(double Predicted, bool Positive)> _raw = [], _calibrated = [];

        public void Add(TechniqueModel model, Prepared p, TechniqueTrainingOptions options)
        {
            if (options.EvaluateSpans)
            {
                var found = model.Spans.Identify(p.Features);
                ScoreSi(_si, p, found);
                var gold = p.Article.SiSpans.Select(p.Article.ToUtf16).ToList();
                foreach (var (span, score) in found)
                {
                    bool hit = gold.Exists(g => g.Overlaps(span));
                    _raw.Add((score, hit));
                    _calibrated.Add((model.Calibrate(score), hit));
                }
            }
            if (!options.EvaluateClasses) return;
            var spans = p.TcGold.Select(x => x.Span).ToList();
            var probs = model.ClassifyProbabilities(p.Features, spans);
            var labels = TechniqueModel.AssignDistinct(spans, probs);
            foreach (var group in Enumerable.Range(0, spans.Count).GroupBy(i => spans[i]))
            {
                var pred = group.Select(i => labels[i]).ToList();
                foreach (int g in group.Select(i => p.TcGold[i].Label))
                {
                    var name = TechniqueNames.All[g];
                    var (c, t) = _perTech[name];
                    bool hit = pred.Remove(g);
                    _perTech[name] = (c + (hit ? 1 : 0), t + 1);
                    if (hit) _correct++;
                    _total++;
                }
            }
        }

        public string Summary() =>
            $"SI P={_si.Precision:0.0000} R={_si.Recall:0.0000} F1={_si.F1:0.0000}; TC micro-F1={(double)_correct / Math.Max(1, _total):0.0000} ({_correct}/{_total})" +
            (_raw.Count == 0 ? "" : $"; span confidence ECE raw {Calibration.ExpectedError(_raw):0.0000}, calibrated {Calibration.ExpectedError(_calibrated):0.0000} over {_raw.Count} spans");

        public CrossValidationReport Report(int folds, int articles) =>
            new(folds, articles, _si.Precision, _si.Recall, _si.F1, _si.PredictedCount, _si.GoldCount,
                (double)_correct / Math.Max(1, _total), _correct, _total, _perTech, Lines);
    }
}
