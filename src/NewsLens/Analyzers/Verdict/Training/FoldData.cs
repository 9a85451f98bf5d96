using NewsLens.Learning;

namespace NewsLens.Analyzers.Verdict.Training;

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

    public static FoldData Build(string[] outlets, Dictionary<string, int>[] counts, double[][] style, int[] train, VerdictTrainingOptions options)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        var outletSets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (int i in train)
            foreach (var (term, c) in counts[i])
            {
                df[term] = df.GetValueOrDefault(term) + 1;
                total[term] = total.GetValueOrDefault(term) + c;
                if (!outletSets.TryGetValue(term, out var set)) outletSets[term] = set = new HashSet<string>(StringComparer.Ordinal);
                if (set.Count < options.MinOutlets) set.Add(outlets[i]);
            }
        var terms = df.Where(kv => kv.Value >= options.MinDocumentFrequency && outletSets[kv.Key].Count >= options.MinOutlets)
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int j = 0; j < terms.Length; j++) index[terms[j]] = j;
        int n = train.Length;
        var idf = terms.Select(t => (float)(Math.Log((n + 1.0) / (df[t] + 1.0)) + 1)).ToArray();
        var mean = terms.Select(t => (float)(total[t] / (double)n)).ToArray();
        var (sMean, sStd) = VerdictTrainer.MeanStd(train.Select(i => style[i]).ToArray(), style[0].Length);
        var text = new (int[], float[])[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            var ids = new Dictionary<int, int>();
            foreach (var (term, c) in counts[i])
                if (index.TryGetValue(term, out int j)) ids[j] = c;
            text[i] = VerdictVectors.Text(ids, idf);
        }
        return new FoldData { Terms = terms, Idf = idf, TermMeanCount = mean, StyleMean = sMean, StyleStd = sStd, _text = text, _style = style };
    }

    private (int[] Indices, float[] Values) Vector(int i, float scale) =>
        VerdictVectors.Join(_text[i], _style[i], StyleMean, StyleStd, scale, Terms.Length);

    public LogisticRegression Train(int[] train, IReadOnlyList<bool> labels, double l2, float scale, VerdictTrainingOptions options)
    {
        var examples = train.Select(i => Vector(i, scale)).ToArray();
        var y = train.Select(i => labels[i]).ToArray();
        return LogisticRegression.Train(examples, y, Terms.Length + StyleMean.Length,
            epochs: options.Epochs, learningRate: options.LearningRate, l2: l2, seed: options.Seed);
    }

    public double Margin(LogisticRegression lr, int i, float scale)
    {
        var (idx, val) = Vector(i, scale);
        return lr.Margin(idx, val);
    }
}
