namespace NewsLens.Training.Lean;

/// <summary>
/// Directions of the feature space that tell outlets of the same lean apart, and their removal: a linear, one-step
/// form of outlet-adversarial training. Each training outlet's mean vector minus its class's mean (the mean of that
/// class's outlet means) is one deviation, weighed by √(the outlet's article count); the top principal directions of
/// those deviations are found by power iteration with deflation. Rows are projected onto their orthogonal complement
/// before the lean model is fitted, and the fitted weights are projected the same way, so a model over raw rows scores
/// exactly what the model over projected rows scored (<c>W·P·x = (W·P)·x</c>, <c>P</c> symmetric).
/// </summary>
internal static class OutletNullspace
{
    /// <summary>Up to <paramref name="count"/> orthonormal directions (each of length <paramref name="dimension"/>).</summary>
    public static double[][] Directions(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<string> hosts, IReadOnlyList<int> labels,
        int dimension, int count, int iterations = 60)
    {
        var sums = new Dictionary<string, (double[] Sum, int N, int Label)>(StringComparer.Ordinal);
        for (int n = 0; n < x.Count; n++)
        {
            if (!sums.TryGetValue(hosts[n], out var s)) s = (new double[dimension], 0, labels[n]);
            var (idx, val) = x[n];
            for (int i = 0; i < idx.Length; i++) s.Sum[idx[i]] += val[i];
            sums[hosts[n]] = (s.Sum, s.N + 1, s.Label);
        }
        var outlets = sums.Keys.Order(StringComparer.Ordinal).ToArray();
        var means = outlets.ToDictionary(h => h, h => sums[h].Sum.Select(v => v / sums[h].N).ToArray(), StringComparer.Ordinal);
        var classMean = new Dictionary<int, double[]>();
        foreach (var group in outlets.GroupBy(h => sums[h].Label))
        {
            var m = new double[dimension];
            foreach (var h in group) Add(m, means[h], 1.0 / group.Count());
            classMean[group.Key] = m;
        }
        // why: a class with a single outlet has no within-class deviation to remove
        var deviations = outlets.Where(h => outlets.Count(o => sums[o].Label == sums[h].Label) > 1)
            .Select(h =>
            {
                var d = (double[])means[h].Clone();
                Add(d, classMean[sums[h].Label], -1);
                Scale(d, Math.Sqrt(sums[h].N));
                return d;
            }).ToArray();

        var basis = new List<double[]>();
        var rng = new Random(7);
        for (int k = 0; k < Math.Min(count, deviations.Length); k++)
        {
            var v = Enumerable.Range(0, dimension).Select(_ => rng.NextDouble() - 0.5).ToArray();
            for (int it = 0; it < iterations; it++)
            {
                // v ← Dᵀ(D v), kept orthogonal to the directions already found
                var next = new double[dimension];
                foreach (var d in deviations) Add(next, d, Dot(d, v));
                foreach (var b in basis) Add(next, b, -Dot(b, next));
                double norm = Math.Sqrt(Dot(next, next));
                if (norm < 1e-12) return [.. basis];
                Scale(next, 1 / norm);
                v = next;
            }
            basis.Add(v);
        }
        return [.. basis];
    }

    /// <summary>The row projected onto the complement of <paramref name="basis"/>, as a dense row.</summary>
    public static (int[] Indices, float[] Values) Project((int[] Indices, float[] Values) row, double[][] basis, int dimension)
    {
        var dense = new double[dimension];
        for (int i = 0; i < row.Indices.Length; i++) dense[row.Indices[i]] = row.Values[i];
        RemoveSpan(dense, basis);
        return (Enumerable.Range(0, dimension).ToArray(), dense.Select(v => (float)v).ToArray());
    }

    /// <summary>Each class's weights projected onto the complement of <paramref name="basis"/>.</summary>
    public static float[][] Fold(float[][] weights, double[][] basis) =>
        [.. weights.Select(w =>
        {
            var d = w.Select(v => (double)v).ToArray();
            RemoveSpan(d, basis);
            return d.Select(v => (float)v).ToArray();
        })];

    private static void RemoveSpan(double[] v, double[][] basis)
    {
        foreach (var b in basis) Add(v, b, -Dot(b, v));
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Add(double[] into, double[] v, double factor)
    {
        for (int i = 0; i < into.Length; i++) into[i] += factor * v[i];
    }

    private static void Scale(double[] v, double factor)
    {
        for (int i = 0; i < v.Length; i++) v[i] *= factor;
    }
}
