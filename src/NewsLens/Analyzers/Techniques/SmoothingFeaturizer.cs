namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Features of the second SI pass: a token's first-pass probability, its neighbours' (±4), and its sentence's
/// (mean, max, share above one half), crossed with position and shape. Lets the second pass join and trim spans
/// as a sequence model would, at the cost of one more dot product per token.
/// </summary>
internal static class SmoothingFeaturizer
{
    public const int Bits = 16;
    public const int Mask = (1 << Bits) - 1;

    public static void SentenceStats(ArticleFeatures a, float[] p, float[] mean, float[] max, float[] share)
    {
        var sentences = a.Document.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sent = sentences[s];
            double sum = 0; float mx = 0; int above = 0;
            for (int k = 0; k < sent.TokenCount; k++)
            {
                float v = p[sent.FirstToken + k];
                sum += v; mx = Math.Max(mx, v); if (v >= 0.5f) above++;
            }
            int n = Math.Max(1, sent.TokenCount);
            mean[s] = (float)(sum / n); max[s] = mx; share[s] = (float)above / n;
        }
    }

    public static void Features(ArticleFeatures a, float[] p, int i, float[] mean, float[] max, float[] share, List<int> into)
    {
        int s = a.SentenceOf[i];
        var sent = a.Document.Sentences[s];
        int first = sent.FirstToken, last = first + sent.TokenCount - 1;
        uint Bin(float v, int bins) => (uint)Math.Min(bins - 1, (int)(v * bins));
        uint pi = Bin(p[i], 20);
        into.Add(FeatureHash.Index(200, 0, Mask));
        into.Add(FeatureHash.Index(201, pi, Mask));
        for (int k = -4; k <= 4; k++)
        {
            if (k == 0) continue;
            int j = i + k;
            uint v = j < first || j > last ? 99u : Bin(p[j], 10);
            into.Add(FeatureHash.Index(210 + (uint)(k + 4), v, Mask));
            if (k is -1 or 1) into.Add(FeatureHash.Index(220 + (uint)(k + 1), v, Bin(p[i], 10), Mask));
        }
        into.Add(FeatureHash.Index(230, Bin(mean[s], 10), Mask));
        into.Add(FeatureHash.Index(231, Bin(max[s], 10), Mask));
        into.Add(FeatureHash.Index(232, Bin(share[s], 10), Mask));
        into.Add(FeatureHash.Index(233, Bin(share[s], 5), Bin(p[i], 5), Mask));
        int pos = a.PositionInSentence[i];
        uint posB = pos == 0 ? 0u : pos <= 2 ? 1u : i == last ? 2u : i >= last - 2 ? 3u : 4u;
        into.Add(FeatureHash.Index(234, posB, Bin(p[i], 10), Mask));
        into.Add(FeatureHash.Index(235, a.Shape[i], Bin(p[i], 10), Mask));
        into.Add(FeatureHash.Index(236, TokenFeaturizer.Bucket(sent.TokenCount), Bin(mean[s], 5), Mask));
        int left = 0, right = 0;
        for (int j = i - 1; j >= first && p[j] >= 0.5f; j--) left++;
        for (int j = i + 1; j <= last && p[j] >= 0.5f; j++) right++;
        into.Add(FeatureHash.Index(237, TokenFeaturizer.Bucket(left + 1), TokenFeaturizer.Bucket(right + 1), Mask));
        // why: whether a probability is trusted depends on what kind of word carries it (word clusters from unlabeled news)
        into.Add(FeatureHash.Index(240, (uint)Lexical.WordClusters.Unpack(a.Cluster[i], Lexical.WordClusters.Coarse), Bin(p[i], 5), Mask));
        into.Add(FeatureHash.Index(242, (uint)Lexical.WordClusters.Unpack(a.Cluster[i], Lexical.WordClusters.Medium), Mask));
        // max of the neighbourhood on each side: does a span continue across this token?
        float lmax = 0, rmax = 0;
        for (int j = Math.Max(first, i - 6); j < i; j++) lmax = Math.Max(lmax, p[j]);
        for (int j = i + 1; j <= Math.Min(last, i + 6); j++) rmax = Math.Max(rmax, p[j]);
        into.Add(FeatureHash.Index(238, Bin(lmax, 5), Bin(rmax, 5), Mask));
    }
}
