using NewsLens.Analyzers.Verdict;
using NewsLens.Learning;
using NewsLens.Training.Learning;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Full-batch L2-regularised logistic regression solved with L-BFGS (memory 10, backtracking Armijo line search).
/// Minimises <c>Σ cᵢ·log(1 + exp(−yᵢ·(w·xᵢ + b))) + λ/2·‖w‖²</c> (bias not penalised), where cᵢ weighs the
/// classes. Deterministic (no sampling), and on a few hundred articles faster and better converged than SGD.
/// </summary>
internal static class LbfgsLogisticTrainer
{
    public static LogisticRegression Train(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<bool> y, int dimension,
        double lambda, double positiveWeight, int maxIterations = 300, double tolerance = 1e-6)
    {
        int d = dimension + 1; // last = bias
        var w = new double[d];
        var g = new double[d];
        double f = Evaluate(x, y, w, g, dimension, lambda, positiveWeight);
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
                fNew = Evaluate(x, y, wNew, gNew, dimension, lambda, positiveWeight);
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
        return new LogisticRegression([.. w.Take(dimension).Select(v => (float)v)], (float)w[dimension]);
    }

    private static double Evaluate(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<bool> y, double[] w, double[] g,
        int dimension, double lambda, double positiveWeight)
    {
        Array.Clear(g);
        double f = 0;
        for (int n = 0; n < x.Count; n++)
        {
            var (idx, val) = x[n];
            double z = w[dimension];
            for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
            double c = y[n] ? positiveWeight : 1.0;
            double sgn = y[n] ? 1 : -1;
            double mz = sgn * z;
            f += c * (mz > 0 ? Math.Log(1 + Math.Exp(-mz)) : -mz + Math.Log(1 + Math.Exp(mz)));
            double r = -c * sgn * Logistic.Sigmoid(-mz);
            for (int i = 0; i < idx.Length; i++) g[idx[i]] += r * val[i];
            g[dimension] += r;
        }
        for (int i = 0; i < dimension; i++) { f += 0.5 * lambda * w[i] * w[i]; g[i] += lambda * w[i]; }
        return f;
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
