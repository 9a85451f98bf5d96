using System.Numerics.Tensors;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// The dense inputs that the encoder heads of the technique models read: for a token, its vector beside its sentence's
/// vector; for a span, the mean of its tokens' vectors beside the vector of the sentence it starts in. Weights over
/// them are stored already folded with the training data's standardisation, so a score is one dot product.
/// </summary>
internal static class EncoderFeatures
{
    /// <summary>Width of the dense input for vectors of <paramref name="dimension"/>.</summary>
    public static int Width(int dimension) => 2 * dimension;

    /// <exception cref="InvalidOperationException">when the document was analysed without the encoder.</exception>
    public static (VectorTable Tokens, VectorTable Sentences) Require(ArticleFeatures a) =>
        a.TokenVectors is { } t && a.SentenceVectors is { } s
            ? (t, s)
            : throw new InvalidOperationException("this techniques model reads encoder vectors; run it in the accurate pipeline (an encoder analyzer first)");

    /// <summary>w · [token i, sentence of i].</summary>
    public static double TokenDot(ArticleFeatures a, int i, ReadOnlySpan<float> w)
    {
        var (tokens, sentences) = Require(a);
        int d = tokens.Dimension;
        return TensorPrimitives.Dot(w[..d], tokens[i]) + TensorPrimitives.Dot(w[d..], sentences[a.SentenceOf[i]]);
    }

    /// <summary>Writes [mean of the span's token vectors, vector of its first token's sentence] into <paramref name="x"/>.</summary>
    public static void Span(ArticleFeatures a, TextSpan span, Span<float> x)
    {
        var (tokens, sentences) = Require(a);
        int d = tokens.Dimension;
        x.Clear();
        var (first, end) = SpanFeaturizer.TokenRange(a.Document, span);
        tokens.AddMean(first, end, x[..d]);
        if (first < end) sentences[a.SentenceOf[first]].CopyTo(x[d..]);
    }
}
