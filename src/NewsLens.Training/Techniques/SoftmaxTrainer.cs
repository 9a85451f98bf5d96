using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>
/// Multinomial logistic regression over binary hashed features, trained with AdaGrad on the log loss plus L2.
/// Deterministic for a given seed. Weights are row-major [feature, class].
/// </summary>
internal static class SoftmaxTrainer
{
    public static (float[] Weights, float[] Bias) Train(IReadOnlyList<int[]> examples, IReadOnlyList<int> labels, int classes,
        int dimension, int epochs = 15, double learningRate = 0.2, double l2 = 1e-5, int seed = 23, double classBalance = 0, IReadOnlyList<double[]?>? offsets = null)
    {
        var (w, b, _) = Train(examples, null, labels, classes, dimension, epochs, learningRate, l2, seed, classBalance, offsets);
        return (w, b);
    }

    /// <summary>
    /// As above, with a dense input per example beside the hashed features (<paramref name="dense"/>, all of one
    /// width, or null). Returns the dense weights row-major [class, input].
    /// </summary>
    public static (float[] Weights, float[] Bias, float[][]? Dense) Train(IReadOnlyList<int[]> examples, IReadOnlyList<float[]>? dense,
        IReadOnlyList<int> labels, int classes, int dimension, int epochs, double learningRate, double l2, int seed,
        double classBalance, IReadOnlyList<double[]?>? offsets, double denseLearningRate = 0.01, double denseL2 = 1e-5)
    {
        var heads = dense is null || dense.Count == 0 ? null
            : Enumerable.Range(0, classes).Select(_ => new Learning.DenseAdaGrad(dense[0].Length, denseLearningRate, denseL2)).ToArray();
        var w = new double[dimension * classes];
        var g2 = new double[dimension * classes];
        var b = new double[classes];
        var gb2 = new double[classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        var z = new double[classes];
        // why: rare techniques get a larger step, (most frequent count / class count)^classBalance; 0 keeps plain log loss
        var counts = new int[classes];
        foreach (int y in labels) counts[y]++;
        int maxCount = counts.Max();
        var classWeight = counts.Select(c => c == 0 ? 1.0 : Math.Pow((double)maxCount / c, classBalance)).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int n in order)
            {
                var x = examples[n];
                var off = offsets?[n];
                for (int k = 0; k < classes; k++) z[k] = b[k] + (off?[k] ?? 0);
                if (heads is not null) for (int k = 0; k < classes; k++) z[k] += heads[k].Dot(dense![n]);
                foreach (int f in x)
                {
                    int row = f * classes;
                    for (int k = 0; k < classes; k++) z[k] += w[row + k];
                }
                TechniqueClassifier.Softmax(z);
                z[labels[n]] -= 1; // gradient of the log loss wrt the margins
                double cw = classWeight[labels[n]];
                if (cw != 1) for (int k = 0; k < classes; k++) z[k] *= cw;
                foreach (int f in x)
                {
                    int row = f * classes;
                    for (int k = 0; k < classes; k++)
                    {
                        double g = z[k] + l2 * w[row + k];
                        g2[row + k] += g * g;
                        w[row + k] -= learningRate * g / (Math.Sqrt(g2[row + k]) + 1e-8);
                    }
                }
                if (heads is not null) for (int k = 0; k < classes; k++) heads[k].Update((float)z[k], dense![n]);
                for (int k = 0; k < classes; k++)
                {
                    gb2[k] += z[k] * z[k];
                    b[k] -= learningRate * z[k] / (Math.Sqrt(gb2[k]) + 1e-8);
                }
            }
        }
        return ([.. w.Select(v => (float)v)], [.. b.Select(v => (float)v)], heads?.Select(h => h.Weights).ToArray());
    }
}
