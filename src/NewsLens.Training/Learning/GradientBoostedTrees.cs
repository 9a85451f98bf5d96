namespace NewsLens.Training.Learning;

/// <summary>
/// A small gradient-boosted tree learner for binary labels (logistic loss, weighted rows): features cut into at most
/// 32 bins by quantile, full trees of a fixed depth grown level by level from gradient/hessian histograms, leaves
/// <c>-G/(H+lambda)</c> times the learning rate. Deterministic: no sampling.
/// </summary>
internal static class GradientBoostedTrees
{
    public sealed record Settings(int Trees = 120, int Depth = 4, double LearningRate = 0.15, double Lambda = 1.0, double MinChildHessian = 0.5);

    /// <summary>Trees as flat arrays: per tree <c>2^Depth - 1</c> split nodes in breadth-first order (go left when
    /// <c>x[feature] &lt;= threshold</c>) and <c>2^Depth</c> leaf values; the margin is <see cref="Base"/> plus one leaf per tree.</summary>
    public sealed record Ensemble(int Depth, float Base, int[] Features, float[] Thresholds, float[] Leaves);

    /// <param name="rows">row-major values, <paramref name="count"/> x <paramref name="width"/></param>
    public static Ensemble Train(float[] rows, int count, int width, byte[] labels, float[] weights, Settings s, Action<string>? log = null)
    {
        var edges = new float[width][];
        var bins = new byte[(long)count * width];
        for (int f = 0; f < width; f++)
        {
            edges[f] = Edges(rows, count, width, f);
            for (int i = 0; i < count; i++)
                bins[(long)i * width + f] = BinOf(edges[f], rows[(long)i * width + f]);
        }
        double wSum = 0, wPos = 0;
        for (int i = 0; i < count; i++) { wSum += weights[i]; wPos += weights[i] * labels[i]; }
        double prior = Math.Clamp(wPos / Math.Max(wSum, 1e-12), 1e-6, 1 - 1e-6);
        float baseMargin = (float)Math.Log(prior / (1 - prior));
        var margin = new double[count];
        Array.Fill(margin, baseMargin);
        int inner = (1 << s.Depth) - 1, leaves = 1 << s.Depth;
        var features = new int[s.Trees * inner];
        var thresholds = new float[s.Trees * inner];
        var leafValues = new float[s.Trees * leaves];
        var g = new double[count];
        var h = new double[count];
        var node = new int[count];
        for (int t = 0; t < s.Trees; t++)
        {
            for (int i = 0; i < count; i++)
            {
                double p = 1 / (1 + Math.Exp(-margin[i]));
                g[i] = weights[i] * (p - labels[i]);
                h[i] = weights[i] * Math.Max(p * (1 - p), 1e-6);
            }
            Array.Clear(node);
            for (int level = 0; level < s.Depth; level++)
            {
                int first = (1 << level) - 1, width2 = 1 << level;
                var hg = new double[width2 * width * 32];
                var hh = new double[width2 * width * 32];
                for (int i = 0; i < count; i++)
                {
                    int baseIndex = (node[i] - first) * width * 32;
                    long r = (long)i * width;
                    for (int f = 0; f < width; f++)
                    {
                        int k = baseIndex + f * 32 + bins[r + f];
                        hg[k] += g[i];
                        hh[k] += h[i];
                    }
                }
                var splitFeature = new int[width2];
                var splitBin = new int[width2];
                for (int n = 0; n < width2; n++)
                {
                    splitFeature[n] = -1;
                    double best = 1e-9;
                    for (int f = 0; f < width; f++)
                    {
                        int o = n * width * 32 + f * 32;
                        double G = 0, H = 0;
                        for (int b = 0; b < 32; b++) { G += hg[o + b]; H += hh[o + b]; }
                        double parent = G * G / (H + s.Lambda), gl = 0, hl = 0;
                        for (int b = 0; b < edges[f].Length - 1; b++)
                        {
                            gl += hg[o + b];
                            hl += hh[o + b];
                            double gr = G - gl, hr = H - hl;
                            if (hl < s.MinChildHessian || hr < s.MinChildHessian)
                                continue;
                            double gain = gl * gl / (hl + s.Lambda) + gr * gr / (hr + s.Lambda) - parent;
                            if (gain > best) { best = gain; splitFeature[n] = f; splitBin[n] = b; }
                        }
                    }
                    int at = t * inner + first + n;
                    // why: a node without a useful split sends every row left; its right subtree is never reached.
                    features[at] = Math.Max(0, splitFeature[n]);
                    thresholds[at] = splitFeature[n] >= 0 ? edges[splitFeature[n]][splitBin[n]] : float.PositiveInfinity;
                }
                for (int i = 0; i < count; i++)
                {
                    int n = node[i] - first;
                    bool left = splitFeature[n] < 0 || bins[(long)i * width + splitFeature[n]] <= splitBin[n];
                    node[i] = 2 * node[i] + (left ? 1 : 2);
                }
            }
            var lg = new double[leaves];
            var lh = new double[leaves];
            for (int i = 0; i < count; i++)
            {
                lg[node[i] - inner] += g[i];
                lh[node[i] - inner] += h[i];
            }
            for (int l = 0; l < leaves; l++)
                leafValues[t * leaves + l] = (float)(-lg[l] / (lh[l] + s.Lambda) * s.LearningRate);
            for (int i = 0; i < count; i++)
                margin[i] += leafValues[t * leaves + node[i] - inner];
            if (log is not null && (t + 1) % 40 == 0)
                log($"    tree {t + 1}: weighted log-loss {LogLoss(margin, labels, weights):F4}");
        }
        return new Ensemble(s.Depth, baseMargin, features, thresholds, leafValues);
    }

    private static double LogLoss(double[] margin, byte[] labels, float[] weights)
    {
        double loss = 0, w = 0;
        for (int i = 0; i < margin.Length; i++)
        {
            double p = Math.Clamp(1 / (1 + Math.Exp(-margin[i])), 1e-9, 1 - 1e-9);
            loss -= weights[i] * (labels[i] == 1 ? Math.Log(p) : Math.Log(1 - p));
            w += weights[i];
        }
        return loss / Math.Max(w, 1e-12);
    }

    /// <summary>At most 32 bin upper edges, ascending, the last one +infinity.</summary>
    private static float[] Edges(float[] rows, int count, int width, int f)
    {
        int step = Math.Max(1, count / 20_000);
        var sample = new List<float>();
        for (int i = 0; i < count; i += step)
            sample.Add(rows[(long)i * width + f]);
        sample.Sort();
        var distinct = sample.Distinct().ToList();
        var edges = new List<float>();
        if (distinct.Count <= 31)
            edges.AddRange(distinct);
        else
            for (int q = 1; q <= 31; q++)
            {
                float v = sample[Math.Min(sample.Count - 1, q * sample.Count / 32)];
                if (edges.Count == 0 || v > edges[^1])
                    edges.Add(v);
            }
        if (edges.Count > 0 && float.IsPositiveInfinity(edges[^1]))
            edges.RemoveAt(edges.Count - 1);
        edges.Add(float.PositiveInfinity);
        return [.. edges];
    }

    private static byte BinOf(float[] edges, float v)
    {
        int lo = 0, hi = edges.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (v <= edges[mid]) hi = mid; else lo = mid + 1;
        }
        return (byte)lo;
    }
}
