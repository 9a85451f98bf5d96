using NewsLens.Analyzers.Verdict;
using NewsLens.Learning;
using NewsLens.Training.Learning;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Full-batch L2-regularised logistic regression solved with L-BFGS (memory 10, backtracking Armijo line search).
/// Minimises <c>Σ cᵢ·log(1 + exp(−yᵢ·(w·xᵢ + b))) + λ/2·‖w‖²</c> (bias not penalised), where cᵢ weighs the
/// classes. Deterministic (no sampling), and on a few hundred articles faster and better converged than SGD.
/// The solver is the shared <see cref="Lbfgs"/>.
/// </summary>
internal static class LbfgsLogisticTrainer
{
    public static LogisticRegression Train(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<bool> y, int dimension,
        double lambda, double positiveWeight, int maxIterations = 300, double tolerance = 1e-6)
    {
        var w = new double[dimension + 1]; // last = bias
        Lbfgs.Minimize(w, (wt, g) => Evaluate(x, y, wt, g, dimension, lambda, positiveWeight), maxIterations, tolerance);
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
}
