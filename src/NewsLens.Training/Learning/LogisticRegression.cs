using NewsLens.Learning;

namespace NewsLens.Training.Learning;

/// <summary>
/// A binary logistic-regression model over hashed sparse features. Immutable and thread-safe after construction.
/// Scores are probabilities in [0, 1].
/// </summary>
public sealed class LogisticRegression
{
    public LogisticRegression(float[] weights, float bias)
    {
        Weights = weights;
        Bias = bias;
    }

    public float[] Weights { get; }
    public float Bias { get; }

    public double Margin(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        double z = Bias;
        var w = Weights;
        for (int i = 0; i < indices.Length; i++) z += w[indices[i]] * values[i];
        return z;
    }

    public double Probability(ReadOnlySpan<int> indices, ReadOnlySpan<float> values) => Logistic.Sigmoid(Margin(indices, values));


    /// <summary>
    /// Trains with AdaGrad on the log loss plus L2. Deterministic for a given <paramref name="seed"/>.
    /// <paramref name="positiveWeight"/> scales the loss of positive examples (class imbalance).
    /// </summary>
    public static LogisticRegression Train(
        IReadOnlyList<(int[] Indices, float[] Values)> examples, IReadOnlyList<bool> labels, int dimension,
        int epochs = 10, double learningRate = 0.1, double l2 = 1e-6, double positiveWeight = 1.0, int seed = 17,
        IReadOnlyList<float>? sampleWeights = null)
    {
        if (examples.Count != labels.Count) throw new ArgumentException("examples and labels differ in count");
        var w = new double[dimension];
        var g2 = new double[dimension];
        double b = 0, gb2 = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int k in order)
            {
                var (idx, val) = examples[k];
                double z = b;
                for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
                double p = Logistic.Sigmoid(z);
                double y = labels[k] ? 1 : 0;
                double scale = (labels[k] ? positiveWeight : 1.0) * (sampleWeights?[k] ?? 1f);
                double g = (p - y) * scale;
                for (int i = 0; i < idx.Length; i++)
                {
                    int j = idx[i];
                    double gi = g * val[i] + l2 * w[j];
                    g2[j] += gi * gi;
                    w[j] -= learningRate * gi / (Math.Sqrt(g2[j]) + 1e-8);
                }
                gb2 += g * g;
                b -= learningRate * g / (Math.Sqrt(gb2) + 1e-8);
            }
        }
        return new LogisticRegression([.. w.Select(x => (float)x)], (float)b);
    }
}
