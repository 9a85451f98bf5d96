using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Stage 2 (TC): given a span, the probability of each of the 14 techniques (multinomial logistic regression over
/// <see cref="SpanFeaturizer"/> features). Immutable and thread-safe.
/// </summary>
public sealed class TechniqueClassifier
{
    internal TechniqueClassifier(float[] weights, float[] bias, float[]? dense = null)
    {
        if (dense is not null && dense.Length % bias.Length != 0) throw new ArgumentException("dense weights must be classes x width", nameof(dense));
        Dense = dense;
        int c = bias.Length;
        if (c != TechniqueNames.All.Count) throw new ArgumentException("one bias per technique expected", nameof(bias));
        int dim = weights.Length / c;
        if (dim * c != weights.Length || (dim & (dim - 1)) != 0) throw new ArgumentException("weights must be classes x 2^k", nameof(weights));
        Weights = weights;
        Bias = bias;
        Dimension = dim;
    }

    /// <summary>Row-major [feature, class] weights.</summary>
    internal float[] Weights { get; }
    internal float[] Bias { get; }

    /// <summary>Row-major [input, class] weights over <see cref="EncoderFeatures.Span"/>'s input; null without the encoder.</summary>
    internal float[]? Dense { get; }
    internal int Dimension { get; }
    internal int Mask => Dimension - 1;

    /// <summary>Writes the 14 class probabilities of <paramref name="span"/> into <paramref name="probs"/>.</summary>
    /// <returns>The mask of <see cref="TechniqueRules"/> that fired (0 when rules are off).</returns>
    internal int Probabilities(ArticleFeatures a, TextSpan span, Span<double> probs, List<int> buffer, SpanFeaturizer.Siblings siblings = default)
    {
        buffer.Clear();
        SpanFeaturizer.Features(a, span, Mask, buffer, siblings);
        probs.Clear();
        int fired = UseRules ? TechniqueRules.Apply(a, span, probs) : 0;
        if (Dense is not null)
        {
            int c = Bias.Length, width = Dense.Length / c;
            Span<float> x = width <= 2048 ? stackalloc float[width] : new float[width];
            EncoderFeatures.Span(a, span, x);
            for (int f = 0; f < width; f++)
            {
                float v = x[f];
                if (v == 0) continue;
                int row = f * c;
                for (int k = 0; k < c; k++) probs[k] += v * Dense[row + k];
            }
        }
        Probabilities(buffer, probs);
        return fired;
    }

    /// <summary>Whether rule offsets (<see cref="TechniqueRules"/>) are added; must match how the model was trained.</summary>
    internal bool UseRules { get; init; }

    /// <summary>Adds the model's scores to <paramref name="probs"/> (holding offsets, or zeros) and normalises.</summary>
    internal void Probabilities(List<int> features, Span<double> probs)
    {
        int c = Bias.Length;
        for (int k = 0; k < c; k++) probs[k] += Bias[k];
        var w = Weights;
        foreach (int f in features)
        {
            int row = f * c;
            for (int k = 0; k < c; k++) probs[k] += w[row + k];
        }
        Softmax(probs);
    }

    internal static void Softmax(Span<double> z)
    {
        double max = double.NegativeInfinity;
        foreach (var v in z) max = Math.Max(max, v);
        double sum = 0;
        for (int k = 0; k < z.Length; k++) { z[k] = Math.Exp(z[k] - max); sum += z[k]; }
        for (int k = 0; k < z.Length; k++) z[k] /= sum;
    }
}
