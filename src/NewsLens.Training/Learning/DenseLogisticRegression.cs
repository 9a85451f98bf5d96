using System.Numerics.Tensors;
using NewsLens.Learning;

namespace NewsLens.Training.Learning;

/// <summary>
/// Logistic regression over dense rows built on demand (so a large training set need not be materialised), trained by
/// <see cref="DenseAdaGrad"/> with L2; the weights returned are the mean of the end-of-epoch weights over the second
/// half of the epochs, which steadies the last steps. Deterministic for a given seed. The rows should hold their own
/// intercept column(s).
/// </summary>
internal static class DenseLogisticRegression
{
    /// <param name="count">number of rows.</param>
    /// <param name="width">width of a row.</param>
    /// <param name="fill">writes row <c>i</c> into the span (of <paramref name="width"/> values, cleared first).</param>
    /// <param name="label">1 or 0 for row <c>i</c>.</param>
    /// <param name="weight">loss weight of row <c>i</c>.</param>
    public static float[] Train(int count, int width, Action<int, Span<float>> fill, Func<int, int> label, Func<int, float> weight,
        int epochs, double learningRate, double l2, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var opt = new DenseAdaGrad(width, learningRate, l2);
        var x = new float[width];
        var order = Enumerable.Range(0, count).ToArray();
        var rng = new Random(seed);
        var mean = new float[width];
        int averaged = 0;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int i in order)
            {
                Array.Clear(x);
                fill(i, x);
                double p = Logistic.Sigmoid(opt.Dot(x));
                opt.Update((float)((p - label(i)) * weight(i)), x);
            }
            if (2 * (epoch + 1) > epochs)
            {
                TensorPrimitives.Add(mean, opt.Weights, mean);
                averaged++;
            }
        }
        TensorPrimitives.Multiply(mean, 1f / averaged, mean);
        return mean;
    }
}
