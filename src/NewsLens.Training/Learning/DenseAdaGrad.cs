using System.Numerics.Tensors;

namespace NewsLens.Training.Learning;

/// <summary>
/// One block of dense weights updated by AdaGrad with L2, vectorised: the dense half of models that mix hashed binary
/// features with encoder vectors. Not thread-safe.
/// </summary>
internal sealed class DenseAdaGrad(int width, double learningRate, double l2)
{
    private readonly float[] _g2 = new float[width];
    private readonly float[] _step = new float[width];
    private readonly float[] _root = new float[width];

    public float[] Weights { get; } = new float[width];

    public float Dot(ReadOnlySpan<float> x) => TensorPrimitives.Dot(Weights, x);

    /// <summary>Applies the gradient <paramref name="g"/> · <paramref name="x"/> (plus L2).</summary>
    public void Update(float g, ReadOnlySpan<float> x)
    {
        var step = _step.AsSpan();
        TensorPrimitives.Multiply(x, g, step);
        if (l2 != 0) TensorPrimitives.MultiplyAdd(Weights, (float)l2, step, step);
        TensorPrimitives.MultiplyAdd(step, step, _g2, _g2);
        TensorPrimitives.Sqrt(_g2, _root);
        TensorPrimitives.Add(_root, 1e-8f, _root);
        TensorPrimitives.Divide(step, _root, step);
        TensorPrimitives.MultiplyAdd(step, (float)-learningRate, Weights, Weights);
    }
}

/// <summary>
/// Per-column mean and inverse standard deviation of dense inputs, and the fold that turns weights learned over
/// standardised inputs into weights over raw inputs (so a shipped model needs no standardisation step).
/// </summary>
internal sealed class Standardizer
{
    private readonly double[] _sum, _sumSq;
    private long _count;

    public Standardizer(int width)
    {
        _sum = new double[width];
        _sumSq = new double[width];
        Mean = new float[width];
        InverseStd = new float[width];
    }

    public float[] Mean { get; }
    public float[] InverseStd { get; }

    public void Add(ReadOnlySpan<float> row)
    {
        for (int k = 0; k < row.Length; k++) { _sum[k] += row[k]; _sumSq[k] += (double)row[k] * row[k]; }
        _count++;
    }

    /// <summary>Finishes the statistics; <paramref name="scale"/> multiplies every standardised column (keeps the dense block's norm near the sparse one's).</summary>
    public void Complete(double scale)
    {
        for (int k = 0; k < Mean.Length; k++)
        {
            double m = _count == 0 ? 0 : _sum[k] / _count;
            double v = _count == 0 ? 0 : Math.Max(0, _sumSq[k] / _count - m * m);
            Mean[k] = (float)m;
            InverseStd[k] = (float)(scale / Math.Sqrt(v + 1e-6));
        }
    }

    /// <summary>(x - mean) · invStd, in place.</summary>
    public void Apply(Span<float> x)
    {
        TensorPrimitives.Subtract(x, Mean, x);
        TensorPrimitives.Multiply(x, InverseStd, x);
    }

    /// <summary>Weights over raw inputs equal to <paramref name="w"/> over standardised ones, and the bias shift: b' = b − Σ w·invStd·mean.</summary>
    public (float[] Weights, double BiasShift) Fold(ReadOnlySpan<float> w)
    {
        var folded = new float[w.Length];
        double shift = 0;
        for (int k = 0; k < w.Length; k++)
        {
            folded[k] = w[k] * InverseStd[k];
            shift -= (double)folded[k] * Mean[k];
        }
        return (folded, shift);
    }
}
