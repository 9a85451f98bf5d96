using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Stage 1 (SI): scores every token with the probability that it lies inside a technique span (logistic regression
/// over <see cref="TokenFeaturizer"/> features) and decodes runs of likely tokens into disjoint spans.
/// Immutable and thread-safe.
/// </summary>
public sealed class SpanIdentifier
{
    internal SpanIdentifier(float[] weights, float bias, float threshold, int maxGap, float[]? smoothWeights = null, float smoothBias = 0,
        float minSpanScore = 0, float[]? dense = null)
    {
        Dense = dense;
        if (smoothWeights is not null && smoothWeights.Length != 1 << SmoothingFeaturizer.Bits)
            throw new ArgumentException("second-pass weights have the wrong size", nameof(smoothWeights));
        SmoothWeights = smoothWeights;
        SmoothBias = smoothBias;
        MinSpanScore = minSpanScore;
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
            throw new ArgumentException("weight count must be a power of two", nameof(weights));
        Weights = weights;
        Bias = bias;
        Threshold = threshold;
        MaxGap = maxGap;
    }

    internal float[] Weights { get; }

    /// <summary>Weights over <see cref="EncoderFeatures.TokenDot"/>'s input; null for the fast (encoder-free) model.</summary>
    internal float[]? Dense { get; }
    internal float Bias { get; }
    internal float[]? SmoothWeights { get; }
    internal float SmoothBias { get; }

    /// <summary>Spans whose mean token probability is below this are dropped.</summary>
    public float MinSpanScore { get; }

    /// <summary>Token probability at or above which a token is inside a span.</summary>
    public float Threshold { get; }

    /// <summary>Runs separated by at most this many low-scoring tokens of one sentence are joined.</summary>
    public int MaxGap { get; }


    /// <summary>Probability per token of <paramref name="a"/>'s document, after the second pass when there is one.</summary>
    internal float[] ScoreTokens(ArticleFeatures a)
    {
        var p = ScoreFirstPass(a);
        return SmoothWeights is null ? p : Smooth(a, p, SmoothWeights, SmoothBias);
    }

    /// <summary>Second pass over first-pass probabilities <paramref name="p"/>.</summary>
    internal static float[] Smooth(ArticleFeatures a, float[] p, float[] w, float bias)
    {
        int sc = a.Document.Sentences.Count;
        float[] mean = new float[sc], max = new float[sc], share = new float[sc];
        SmoothingFeaturizer.SentenceStats(a, p, mean, max, share);
        var result = new float[p.Length];
        var buffer = new List<int>(32);
        for (int i = 0; i < p.Length; i++)
        {
            buffer.Clear();
            SmoothingFeaturizer.Features(a, p, i, mean, max, share, buffer);
            double z = bias;
            foreach (int k in buffer) z += w[k];
            result[i] = (float)(1 / (1 + Math.Exp(-z)));
        }
        return result;
    }

    /// <summary>First-pass probability per token.</summary>
    internal float[] ScoreFirstPass(ArticleFeatures a) => TokenProbabilities(a, Weights, Bias, Dense);

    /// <summary>
    /// Per token: the logistic of <paramref name="bias"/> + the hashed <see cref="TokenFeaturizer"/> weights (table size
    /// a power of two) + <paramref name="dense"/> · the encoder input, when given. Shared by the first pass and the boundary heads.
    /// </summary>
    internal static float[] TokenProbabilities(ArticleFeatures a, float[] weights, float bias, float[]? dense)
    {
        var probs = new float[a.TokenCount];
        var buffer = new List<int>(64);
        int mask = weights.Length - 1;
        for (int i = 0; i < probs.Length; i++)
        {
            buffer.Clear();
            TokenFeaturizer.Features(a, i, mask, buffer);
            double z = bias;
            foreach (int k in buffer) z += weights[k];
            if (dense is not null) z += EncoderFeatures.TokenDot(a, i, dense);
            probs[i] = (float)(1 / (1 + Math.Exp(-z)));
        }
        return probs;
    }

    /// <summary>Disjoint spans, in text order, with the mean token probability of each.</summary>
    internal List<(TextSpan Span, double Score)> Decode(ArticleFeatures a, float[] probs, float threshold, int maxGap, float minSpanScore = 0)
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
            double mean = sum / (lastIn - start + 1);
            if (mean >= minSpanScore) result.Add((new TextSpan(tokens[start].Start, tokens[lastIn].End), mean));
            i = lastIn + 1;
        }
        return result;
    }

    /// <summary>The structured decoder, when the model has boundary heads; null: threshold-and-gap decoding.</summary>
    internal SegmentDecoder? Segments { get; private init; }

    /// <summary>A copy that decodes with <paramref name="segments"/>.</summary>
    internal SpanIdentifier WithSegments(SegmentDecoder? segments) =>
        new(Weights, Bias, Threshold, MaxGap, SmoothWeights, SmoothBias, MinSpanScore, Dense) { Segments = segments };

    /// <summary>Decodes with the structured decoder when there is one, else with the trained threshold and gap.</summary>
    internal List<(TextSpan Span, double Score)> Identify(ArticleFeatures a)
    {
        var p = ScoreTokens(a);
        return Segments is { } seg
            ? seg.Decode(a, p, seg.Start.Score(a), seg.End.Score(a))
            : Decode(a, p, Threshold, MaxGap, MinSpanScore);
    }

    // Words, numbers and closing ! or ? can start or end a span; other punctuation only sits inside one.
    internal static bool IsContent(ArticleFeatures a, int i) =>
        a.Shape[i] <= ArticleFeatures.ShapeNumber || a.Shape[i] == ArticleFeatures.ShapeEndPunct && a.PositionInSentence[i] > 0;
}
