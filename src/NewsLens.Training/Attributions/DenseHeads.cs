using System.Numerics.Tensors;
using NewsLens.Analyzers.Attributions;
using NewsLens.Vectors;

namespace NewsLens.Training.Attributions;

/// <summary>
/// The attribution model's dense inputs: encoder token vectors standardised per column by a
/// <see cref="Learning.Standardizer"/> fitted on the training tokens, and the learnt heads folded back into weights
/// over raw vectors.
/// </summary>
internal static class DenseInputs
{
    /// <summary>Fits the standardisation over every row of <paramref name="tables"/>; <paramref name="scale"/> multiplies each standardised column.</summary>
    public static Learning.Standardizer Fit(IEnumerable<VectorTable> tables, float scale)
    {
        Learning.Standardizer? std = null;
        foreach (var t in tables)
        {
            std ??= new Learning.Standardizer(t.Dimension);
            if (t.Dimension != std.Mean.Length) throw new InvalidOperationException($"vectors of {t.Dimension} and {std.Mean.Length} values mixed");
            for (int i = 0; i < t.Count; i++) std.Add(t[i]);
        }
        if (std is null) throw new InvalidOperationException("no token vectors to fit the standardisation on");
        std.Complete(scale);
        return std;
    }

    /// <summary>The standardised rows of <paramref name="table"/>, row-major.</summary>
    public static float[] Standardise(Learning.Standardizer std, VectorTable table)
    {
        int dim = table.Dimension;
        var z = new float[table.Count * dim];
        for (int i = 0; i < table.Count; i++)
        {
            var zi = z.AsSpan(i * dim, dim);
            table[i].CopyTo(zi);
            std.Apply(zi);
        }
        return z;
    }

    /// <summary>Heads learnt over standardised inputs (heads × D, row-major) as weights and biases over raw vectors.</summary>
    public static AttributionDense Fold(Learning.Standardizer std, float[] weights)
    {
        int dim = std.Mean.Length, heads = weights.Length / dim;
        var w = new float[weights.Length];
        var bias = new float[heads];
        for (int h = 0; h < heads; h++)
        {
            var (folded, shift) = std.Fold(weights.AsSpan(h * dim, dim));
            folded.CopyTo(w, h * dim);
            bias[h] = (float)shift;
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
