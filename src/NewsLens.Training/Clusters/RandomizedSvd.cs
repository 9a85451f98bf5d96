using NewsLens.Lexical;

namespace NewsLens.Training.Clusters;

/// <summary>
/// Truncated SVD of a sparse matrix by random projection with power iterations (Halko, Martinsson and Tropp 2011).
/// Returns the rows of U·Σ^½ for the top singular values. Deterministic for a given seed.
/// </summary>
internal static class RandomizedSvd
{
    public static float[][] LeftVectors((int[] Cols, float[] Vals)[] a, int columns, int k, int seed, Action<string>? log = null, int powerIterations = 2)
    {
        int n = a.Length, l = k + 20;
        var rng = new Random(seed);
        var omega = new double[columns][];
        for (int c = 0; c < columns; c++)
        {
            omega[c] = new double[l];
            for (int j = 0; j < l; j++) omega[c][j] = Gaussian(rng);
        }
        var q = Orthonormal(MultiplyRows(a, omega, l));
        for (int it = 0; it < powerIterations; it++)
        {
            var z = Orthonormal(Transpose(MultiplyTransposed(a, q, columns, l)));
            q = Orthonormal(MultiplyRows(a, Transpose(z), l));
            log?.Invoke($"svd: power iteration {it + 1}/{powerIterations}");
        }
        // B = Qᵀ A, kept as its transpose (columns × l); then the small symmetric B·Bᵀ.
        var bt = MultiplyTransposed(a, q, columns, l);
        var m = new double[l, l];
        foreach (var r in bt)
            for (int i = 0; i < l; i++)
            {
                double ri = r[i];
                if (ri == 0) continue;
                for (int j = i; j < l; j++) m[i, j] += ri * r[j];
            }
        for (int i = 0; i < l; i++) for (int j = 0; j < i; j++) m[i, j] = m[j, i];
        var (values, vectors) = JacobiEigen(m);
        var top = Enumerable.Range(0, l).OrderByDescending(i => values[i]).Take(k).ToArray();
        var result = new float[n][];
        for (int r = 0; r < n; r++)
        {
            var v = new float[k];
            for (int t = 0; t < k; t++)
            {
                int e = top[t];
                double s = 0;
                for (int j = 0; j < l; j++) s += q[j][r] * vectors[j, e];
                v[t] = (float)(s * Math.Pow(Math.Max(values[e], 0), 0.25)); // U·Σ^½, with Σ = sqrt(eigenvalue)
            }
            result[r] = v;
        }
        return result;
    }

    // Y = A·X for X given by rows (columns × l); Y returned column-major (l columns of length n).
    private static double[][] MultiplyRows((int[] Cols, float[] Vals)[] a, double[][] x, int l)
    {
        var y = new double[l][];
        for (int j = 0; j < l; j++) y[j] = new double[a.Length];
        Parallel.For(0, a.Length, i =>
        {
            var (cols, vals) = a[i];
            Span<double> acc = stackalloc double[l];
            acc.Clear();
            for (int p = 0; p < cols.Length; p++)
            {
                var xr = x[cols[p]];
                double v = vals[p];
                for (int j = 0; j < l; j++) acc[j] += v * xr[j];
            }
            for (int j = 0; j < l; j++) y[j][i] = acc[j];
        });
        return y;
    }

    // Aᵀ·Q for Q column-major (l columns of length n); result by rows (columns × l).
    private static double[][] MultiplyTransposed((int[] Cols, float[] Vals)[] a, double[][] q, int columns, int l)
    {
        var z = new double[columns][];
        for (int c = 0; c < columns; c++) z[c] = new double[l];
        var qi = new double[l];
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < l; j++) qi[j] = q[j][i];
            var (cols, vals) = a[i];
            for (int p = 0; p < cols.Length; p++)
            {
                var zr = z[cols[p]];
                double v = vals[p];
                for (int j = 0; j < l; j++) zr[j] += v * qi[j];
            }
        }
        return z;
    }

    private static double[][] Transpose(double[][] rows)
    {
        if (rows.Length == 0) return [];
        int l = rows[0].Length;
        var cols = new double[l][];
        for (int j = 0; j < l; j++)
        {
            cols[j] = new double[rows.Length];
            for (int i = 0; i < rows.Length; i++) cols[j][i] = rows[i][j];
        }
        return cols;
    }

    // Modified Gram-Schmidt over the columns, in place; a column that vanishes is left at zero.
    private static double[][] Orthonormal(double[][] cols)
    {
        for (int j = 0; j < cols.Length; j++)
        {
            var cj = cols[j];
            for (int p = 0; p < j; p++)
            {
                var cp = cols[p];
                double d = 0;
                for (int i = 0; i < cj.Length; i++) d += cj[i] * cp[i];
                for (int i = 0; i < cj.Length; i++) cj[i] -= d * cp[i];
            }
            double n = 0;
            for (int i = 0; i < cj.Length; i++) n += cj[i] * cj[i];
            n = Math.Sqrt(n);
            if (n < 1e-12) { Array.Clear(cj); continue; }
            for (int i = 0; i < cj.Length; i++) cj[i] /= n;
        }
        return cols;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[,] Vectors) JacobiEigen(double[,] m)
    {
        int n = m.GetLength(0);
        var a = (double[,])m.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++) v[i, i] = 1;
        for (int sweep = 0; sweep < 60; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = c * vkp - s * vkq;
                        v[k, q] = s * vkp + c * vkq;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
