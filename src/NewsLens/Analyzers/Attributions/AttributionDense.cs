using System.Numerics.Tensors;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// The attribution model's heads over the shared encoder's token vectors: per head, D weights and a bias, added to the
/// hashed-feature score of the same decision. Heads: the three cue tags of a token, a source's first and last token
/// and the content's first and last token (each of those four by side of the cue). Weights are stored folded with the
/// training data's standardisation, so a head's score is one dot product with the raw vector. Immutable.
/// </summary>
internal sealed class AttributionDense
{
    public const int CueO = 0, CueB = 1, CueI = 2, SourceStart = 3, SourceEnd = 5, ContentStart = 7, ContentEnd = 9, Heads = 11;

    public AttributionDense(float[] weights, float[] bias)
    {
        if (bias.Length != Heads || weights.Length == 0 || weights.Length % Heads != 0)
            throw new ArgumentException($"expected {Heads} heads of equal width, got {weights.Length} weights and {bias.Length} biases");
        (Weights, Bias, Dimension) = (weights, bias, weights.Length / Heads);
    }

    public int Dimension { get; }
    public float[] Weights { get; }
    public float[] Bias { get; }

    /// <summary>Score of head <paramref name="head"/> for a token vector.</summary>
    public double Score(int head, ReadOnlySpan<float> x) =>
        TensorPrimitives.Dot(Weights.AsSpan(head * Dimension, Dimension), x) + Bias[head];
}
