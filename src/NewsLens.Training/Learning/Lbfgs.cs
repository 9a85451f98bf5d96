namespace NewsLens.Training.Learning;

/// <summary>
/// Limited-memory BFGS (memory 10, backtracking Armijo line search) for a smooth convex objective. The first step has
/// length 1 along the steepest descent; the run stops when an iteration lowers the objective by less than
/// <c>tolerance · max(1, |f|)</c>. Deterministic. Shared by the binary and the multinomial logistic trainers.
/// </summary>
internal static class Lbfgs
{
    /// <summary>Writes the objective's gradient at <c>w</c> into <c>g</c> and returns its value.</summary>
    public delegate double Objective(double[] w, double[] g);

    /// <summary>Minimises <paramref name="objective"/> starting from <paramref name="w"/>, which is updated in place.</summary>
    public static void Minimize(double[] w, Objective objective, int maxIterations = 300, double tolerance = 1e-6)
    {
        int d = w.Length;
        var g = new double[d];
        double f = objective(w, g);
        const int m = 10;
        var s = new List<double[]>();
        var yy = new List<double[]>();
        var rho = new List<double>();
        var dir = new double[d];
        var wNew = new double[d];
        var gNew = new double[d];
        var alpha = new double[m];
        for (int iter = 0; iter < maxIterations; iter++)
        {
            // Two-loop recursion: dir = −H·g.
            Array.Copy(g, dir, d);
            for (int k = s.Count - 1; k >= 0; k--)
            {
                alpha[k] = rho[k] * Dot(s[k], dir);
                Axpy(-alpha[k], yy[k], dir);
            }
            if (s.Count > 0)
            {
                double gamma = Dot(s[^1], yy[^1]) / Dot(yy[^1], yy[^1]);
                for (int i = 0; i < d; i++) dir[i] *= gamma;
            }
            for (int k = 0; k < s.Count; k++)
            {
                double beta = rho[k] * Dot(yy[k], dir);
                Axpy(alpha[k] - beta, s[k], dir);
            }
            for (int i = 0; i < d; i++) dir[i] = -dir[i];
            double slope = Dot(g, dir);
            if (slope >= 0) { for (int i = 0; i < d; i++) dir[i] = -g[i]; slope = Dot(g, dir); s.Clear(); yy.Clear(); rho.Clear(); }
            double step = iter == 0 ? 1.0 / Math.Max(1e-12, Math.Sqrt(Dot(g, g))) : 1.0;
            double fNew;
            int tries = 0;
            while (true)
            {
                for (int i = 0; i < d; i++) wNew[i] = w[i] + step * dir[i];
                fNew = objective(wNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || ++tries > 40) break;
                step *= 0.5;
            }
            var sk = new double[d];
            var yk = new double[d];
            for (int i = 0; i < d; i++) { sk[i] = wNew[i] - w[i]; yk[i] = gNew[i] - g[i]; }
            double sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == m) { s.RemoveAt(0); yy.RemoveAt(0); rho.RemoveAt(0); }
                s.Add(sk); yy.Add(yk); rho.Add(1 / sy);
            }
            Array.Copy(wNew, w, d);
            Array.Copy(gNew, g, d);
            double change = f - fNew;
            f = fNew;
            if (change >= 0 && change < tolerance * Math.Max(1, Math.Abs(f))) break;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
