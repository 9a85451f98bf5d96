using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Stage 1 (SI): scores every token with the probability that it lies inside a technique span (logistic regression
/// over <see cref="TokenFeaturizer"/> features) and decodes runs of likely tokens into disjoint spans.
/// Immutable and thread-safe.
/// </summary>
public sealed class SpanIdentifier
{
    internal SpanIdentifier(float[] weights, float bias, float threshold, int maxGap)
    {
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
            throw new ArgumentException("weight count must be a power of two", nameof(weights));
        Weights = weights;
        Bias = bias;
        Threshold = threshold;
        MaxGap = maxGap;
    }

    internal float[] Weights { get; }
    internal float Bias { get; }

    /// <summary>Token probability at or above which a token is inside a span.</summary>
    public float Threshold { get; }

    /// <summary>Runs separated by at most this many low-scoring tokens of one sentence are joined.</summary>
    public int MaxGap { get; }

    internal int Mask => Weights.Length - 1;

    /// <summary>Probability per token of <paramref name="a"/>'s document.</summary>
    internal float[] ScoreTokens(ArticleFeatures a)
    {
        var probs = new float[a.TokenCount];
        var buffer = new List<int>(64);
        var w = Weights;
        for (int i = 0; i < probs.Length; i++)
        {
            buffer.Clear();
            TokenFeaturizer.Features(a, i, Mask, buffer);
            double z = Bias;
            foreach (int k in buffer) z += w[k];
            probs[i] = (float)(1 / (1 + Math.Exp(-z)));
        }
        return probs;
    }

    /// <summary>Disjoint spans, in text order, with the mean token probability of each.</summary>
    internal List<(TextSpan Span, double Score)> Decode(ArticleFeatures a, float[] probs, float threshold, int maxGap)
    {
        var result = new List<(TextSpan, double)>();
        var tokens = a.Document.Tokens;
        int n = probs.Length;
        int i = 0;
        while (i < n)
        {
            if (probs[i] < threshold || !IsContent(a, i)) { i++; continue; }
            int start = i, lastIn = i, s = a.SentenceOf[i];
            int j = i + 1;
            while (j < n && a.SentenceOf[j] == s && j - lastIn - 1 <= maxGap)
            {
                if (probs[j] >= threshold) lastIn = j;
                j++;
            }
            while (lastIn > start && !IsContent(a, lastIn)) lastIn--;
            double sum = 0;
            for (int k = start; k <= lastIn; k++) sum += probs[k];
            result.Add((new TextSpan(tokens[start].Start, tokens[lastIn].End), sum / (lastIn - start + 1)));
            i = lastIn + 1;
        }
        return result;
    }

    /// <summary>Decodes with the trained threshold and gap.</summary>
    internal List<(TextSpan Span, double Score)> Identify(ArticleFeatures a) => Decode(a, ScoreTokens(a), Threshold, MaxGap);

    // Words, numbers and closing ! or ? can start or end a span; other punctuation only sits inside one.
    private static bool IsContent(ArticleFeatures a, int i) =>
        a.Shape[i] <= ArticleFeatures.ShapeNumber || a.Shape[i] == ArticleFeatures.ShapeEndPunct && a.PositionInSentence[i] > 0;
}
