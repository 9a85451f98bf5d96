using System.Numerics;
using NewsLens.Lexical;

namespace NewsLens.Training.Clusters;

/// <summary>Spherical k-means (cosine) over unit vectors with k-means++ seeding. Deterministic for a given seed.</summary>
internal static class KMeans
{
    public static int[] Cluster(float[][] x, int k, int iterations, int seed)
    {
        int n = x.Length, d = x[0].Length;
        var rng = new Random(seed);
        var centers = new float[k][];
        centers[0] = (float[])x[rng.Next(n)].Clone();
        var best = new double[n];
        Array.Fill(best, double.MaxValue);
        for (int c = 1; c < k; c++)
        {
            var prev = centers[c - 1];
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                double dist = Math.Max(0, 2 - 2 * Dot(x[i], prev));
                if (dist < best[i]) best[i] = dist;
                sum += best[i];
            }
            double r = rng.NextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) { r -= best[i]; if (r <= 0) { pick = i; break; } }
            centers[c] = (float[])x[pick].Clone();
        }
        var assign = new int[n];
        for (int it = 0; it < iterations; it++)
        {
            Parallel.For(0, n, i =>
            {
                int arg = 0;
                float top = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float s = Dot(x[i], centers[c]);
                    if (s > top) { top = s; arg = c; }
                }
                assign[i] = arg;
            });
            var sums = new double[k][];
            var counts = new int[k];
            for (int c = 0; c < k; c++) sums[c] = new double[d];
            for (int i = 0; i < n; i++)
            {
                counts[assign[i]]++;
                var s = sums[assign[i]];
                for (int j = 0; j < d; j++) s[j] += x[i][j];
            }
            for (int c = 0; c < k; c++)
            {
                if (counts[c] == 0) continue; // why: an empty cluster keeps its centre (no random re-seeding: determinism)
                double norm = Math.Sqrt(sums[c].Sum(v => v * v));
                if (norm <= 0) continue;
                for (int j = 0; j < d; j++) centers[c][j] = (float)(sums[c][j] / norm);
            }
        }
        return assign;
    }

    private static float Dot(float[] a, float[] b)
    {
        int i = 0;
        var acc = Vector<float>.Zero;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            acc += new Vector<float>(a, i) * new Vector<float>(b, i);
        float s = Vector.Sum(acc);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
