using NewsLens.Analyzers.Verdict;
using NewsLens.Learning;
using NewsLens.Training.Learning;
using NewsLens.Training.Terms;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Vocabulary, idf and style statistics learned from one training set, and the text vectors of every article
/// under that vocabulary (test articles are vectorised with the training vocabulary and idf only).
/// </summary>
internal sealed class FoldData
{
    private (int[] Indices, float[] Values)[] _text = [];
    private double[][] _style = [];

    public string[] Terms { get; private init; } = [];
    public float[] Idf { get; private init; } = [];
    public float[] TermMeanCount { get; private init; } = [];
    public float[] StyleMean { get; private init; } = [];
    public float[] StyleStd { get; private init; } = [];
    /// <summary>Naive-Bayes log-count ratio per term (all ones when NB scaling is off); the model stores weight × ratio.</summary>
    public float[] NbRatio { get; private init; } = [];

    public static FoldData Build(string[] outlets, Dictionary<string, int>[] counts, double[][] style, bool[] labels, int[] train, VerdictTrainingOptions options)
    {
        var vocabulary = Vocabulary.Build(outlets, counts, train, options.MinOutlets, options.MinDocumentFrequency);
        var (terms, idf, mean) = (vocabulary.Terms, vocabulary.Idf, vocabulary.MeanCount);
        var index = vocabulary.Index();
        var (sMean, sStd) = VerdictTrainer.MeanStd(train.Select(i => style[i]).ToArray(), style[0].Length);
        var ratio = NbRatios(terms, index, counts, labels, train, options.NbScaling);
        var text = new (int[], float[])[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            var ids = new Dictionary<int, int>();
            foreach (var (term, c) in counts[i])
                if (index.TryGetValue(term, out int j)) ids[j] = c;
            var (idx, val) = VerdictVectors.Text(ids, idf);
            for (int k = 0; k < idx.Length; k++) val[k] *= ratio[idx[k]];
            text[i] = (idx, val);
        }
        return new FoldData { Terms = terms, Idf = idf, TermMeanCount = mean, StyleMean = sMean, StyleStd = sStd, NbRatio = ratio, _text = text, _style = style };
    }

    // NBSVM-style scaling (Wang and Manning 2012): r = log((p/|p|) / (q/|q|)) over document presence, smoothed by 1.
    // Used as |r| so the learned weight keeps its sign meaning; terms as common in both classes are damped.
    private static float[] NbRatios(string[] terms, Dictionary<string, int> index, Dictionary<string, int>[] counts, bool[] labels, int[] train, bool enabled)
    {
        var ratio = new float[terms.Length];
        if (!enabled) { Array.Fill(ratio, 1f); return ratio; }
        var p = new double[terms.Length];
        var q = new double[terms.Length];
        Array.Fill(p, 1.0);
        Array.Fill(q, 1.0);
        foreach (int i in train)
            foreach (var term in counts[i].Keys)
                if (index.TryGetValue(term, out int j)) { if (labels[i]) p[j]++; else q[j]++; }
        double ps = p.Sum(), qs = q.Sum();
        for (int j = 0; j < terms.Length; j++) ratio[j] = (float)Math.Abs(Math.Log(p[j] / ps / (q[j] / qs)));
        return ratio;
    }

    private (int[] Indices, float[] Values) Vector(int i, float scale) =>
        VerdictVectors.Join(_text[i], _style[i], StyleMean, StyleStd, scale, Terms.Length);

    public LogisticRegression Train(int[] train, IReadOnlyList<bool> labels, double l2, float scale, VerdictTrainingOptions options)
    {
        var examples = train.Select(i => Vector(i, scale)).ToArray();
        var y = train.Select(i => labels[i]).ToArray();
        int pos = y.Count(b => b), neg = y.Length - pos;
        // why: weigh the classes equally, so the boundary does not lean towards the majority (not hyperpartisan) class
        double positiveWeight = options.BalanceClasses && pos > 0 ? (double)neg / pos : 1.0;
        return LbfgsLogisticTrainer.Train(examples, y, Terms.Length + StyleMean.Length, l2, positiveWeight);
    }

    public double Margin(LogisticRegression lr, int i, float scale)
    {
        var (idx, val) = Vector(i, scale);
        return lr.Margin(idx, val);
    }
}
