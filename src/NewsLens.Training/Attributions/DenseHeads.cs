using System.Numerics.Tensors;
using NewsLens.Analyzers.Attributions;
using NewsLens.Vectors;

namespace NewsLens.Training.Attributions;

/// <summary>
/// The standardisation of encoder token vectors for training the attribution model's dense heads: per dimension, the
/// training tokens' mean and standard deviation, times a scale that sets the dense inputs' step size against the
/// hashed binary features. <see cref="Fold"/> turns weights learnt on standardised inputs into weights over raw vectors.
/// </summary>
internal sealed class DenseInputs
{
    private readonly float[] _mean, _factor; // factor = scale / sd

    private DenseInputs(float[] mean, float[] factor) => (_mean, _factor) = (mean, factor);

    public int Dimension => _mean.Length;

    /// <summary>Fits mean and deviation over every row of <paramref name="tables"/>.</summary>
    public static DenseInputs Fit(IEnumerable<VectorTable> tables, float scale)
    {
        double[]? sum = null, sq = null;
        long n = 0;
        foreach (var t in tables)
        {
            sum ??= new double[t.Dimension];
            sq ??= new double[t.Dimension];
            if (t.Dimension != sum.Length) throw new InvalidOperationException($"vectors of {t.Dimension} and {sum.Length} values mixed");
            for (int i = 0; i < t.Count; i++)
            {
                var row = t[i];
                for (int d = 0; d < row.Length; d++) { sum[d] += row[d]; sq[d] += (double)row[d] * row[d]; }
            }
            n += t.Count;
        }
        if (sum is null || n == 0) throw new InvalidOperationException("no token vectors to fit the standardisation on");
        var mean = new float[sum.Length];
        var factor = new float[sum.Length];
        for (int d = 0; d < sum.Length; d++)
        {
            double m = sum[d] / n, var = Math.Max(0, sq![d] / n - m * m);
            mean[d] = (float)m;
            factor[d] = (float)(scale / Math.Max(1e-3, Math.Sqrt(var)));
        }
        return new DenseInputs(mean, factor);
    }

    /// <summary>The standardised rows of <paramref name="table"/>, row-major.</summary>
    public float[] Standardise(VectorTable table)
    {
        int dim = Dimension;
        var z = new float[table.Count * dim];
        for (int i = 0; i < table.Count; i++)
        {
            var row = table[i];
            var zi = z.AsSpan(i * dim, dim);
            TensorPrimitives.Subtract(row, _mean, zi);
            TensorPrimitives.Multiply(zi, _factor, zi);
        }
        return z;
    }

    /// <summary>Weights over standardised inputs (heads × D) as weights and biases over raw vectors: w·z = (w∘f)·x − (w∘f)·μ.</summary>
    public AttributionDense Fold(float[] weights)
    {
        int dim = Dimension, heads = weights.Length / dim;
        var w = new float[weights.Length];
        var bias = new float[heads];
        for (int h = 0; h < heads; h++)
        {
            var wh = w.AsSpan(h * dim, dim);
            TensorPrimitives.Multiply(weights.AsSpan(h * dim, dim), _factor, wh);
            bias[h] = -TensorPrimitives.Dot(wh, _mean);
        }
        return new AttributionDense(w, bias);
    }
}

/// <summary>The live dense heads over one document's standardised token vectors during training (all zero without an encoder).</summary>
internal readonly struct DenseHeads(AveragedPerceptron ap, float[]? z, int dim)
{
    public double Score(int head, int token) =>
        z is null ? 0 : TensorPrimitives.Dot(ap.DenseLive.AsSpan(head * dim, dim), z.AsSpan(token * dim, dim));

    public void Update(int head, int token, float delta)
    {
        if (z is not null) ap.UpdateDense(head * dim, z.AsSpan(token * dim, dim), delta);
    }

    /// <summary>A source [a, b]'s dense score: its first and last token's heads, by side of the cue (as the decoder adds them).</summary>
    public double Source(int a, int b, int cs) =>
        Score(AttributionDense.SourceStart + (a < cs ? 0 : 1), a) + Score(AttributionDense.SourceEnd + (b < cs ? 0 : 1), b);

    public void UpdateSource(int a, int b, int cs, float delta)
    {
        Update(AttributionDense.SourceStart + (a < cs ? 0 : 1), a, delta);
        Update(AttributionDense.SourceEnd + (b < cs ? 0 : 1), b, delta);
    }
}
