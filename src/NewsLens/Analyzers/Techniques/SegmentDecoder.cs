using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// A token classifier (hashed <see cref="TokenFeaturizer"/> features, plus encoder vectors when it has dense weights):
/// the probability that a token starts, or ends, a technique span. Immutable and thread-safe.
/// </summary>
internal sealed class BoundaryHead
{
    public BoundaryHead(float[] weights, float bias, float[]? dense)
    {
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
            throw new ArgumentException("weight count must be a power of two", nameof(weights));
        Weights = weights;
        Bias = bias;
        Dense = dense;
    }

    public float[] Weights { get; }
    public float Bias { get; }
    public float[]? Dense { get; }

    public float[] Score(ArticleFeatures a) => SpanIdentifier.TokenProbabilities(a, Weights, Bias, Dense);
}

/// <summary>
/// The structured SI decoder: the most probable segmentation of each sentence into technique spans and outside tokens
/// (a semi-Markov Viterbi). A token outside costs log(1 − p); a span [i, j] earns
/// w·(log start(i) + log end(j)) + Σ log p + bonus, so spans begin and end where the boundary heads say, not at
/// sentence edges. Spans begin and end on content tokens and are at most <see cref="MaxLength"/> tokens long.
/// </summary>
internal sealed record SegmentDecoder(BoundaryHead Start, BoundaryHead End, float BoundaryWeight, float SegmentBonus, int MaxLength)
{
    private const double Floor = 1e-6;

    public List<(TextSpan Span, double Score)> Decode(ArticleFeatures a, float[] inside, float[] start, float[] end,
        float? boundaryWeight = null, float? segmentBonus = null)
    {
        double bw = boundaryWeight ?? BoundaryWeight, bonus = segmentBonus ?? SegmentBonus;
        var result = new List<(TextSpan, double)>();
        var tokens = a.Document.Tokens;
        foreach (var sent in a.Document.Sentences)
        {
            int n = sent.TokenCount, t0 = sent.FirstToken;
            if (n == 0) continue;
            var logIn = new double[n + 1]; // prefix sums of log p
            var best = new double[n + 1];
            var back = new int[n + 1]; // -1: token k-1 outside; else the span's first token (sentence-relative)
            for (int k = 0; k < n; k++) logIn[k + 1] = logIn[k] + Math.Log(Math.Max(Floor, inside[t0 + k]));
            for (int k = 1; k <= n; k++)
            {
                int j = t0 + k - 1;
                best[k] = best[k - 1] + Math.Log(Math.Max(Floor, 1 - inside[j]));
                back[k] = -1;
                if (!SpanIdentifier.IsContent(a, j)) continue;
                double endTerm = bw * Math.Log(Math.Max(Floor, end[j]));
                for (int i = Math.Max(0, k - MaxLength); i < k; i++)
                {
                    int ti = t0 + i;
                    if (!SpanIdentifier.IsContent(a, ti)) continue;
                    double score = best[i] + bw * Math.Log(Math.Max(Floor, start[ti])) + endTerm + logIn[k] - logIn[i] + bonus;
                    if (score > best[k]) { best[k] = score; back[k] = i; }
                }
            }
            var found = new List<(TextSpan, double)>();
            for (int k = n; k > 0;)
            {
                if (back[k] < 0) { k--; continue; }
                int i = back[k];
                double mean = 0;
                for (int m = i; m < k; m++) mean += inside[t0 + m];
                found.Add((new TextSpan(tokens[t0 + i].Start, tokens[t0 + k - 1].End), mean / (k - i)));
                k = i;
            }
            found.Reverse();
            result.AddRange(found);
        }
        return result;
    }
}
