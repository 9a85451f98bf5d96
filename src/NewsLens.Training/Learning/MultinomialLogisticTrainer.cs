namespace NewsLens.Training.Learning;

/// <summary>
/// Full-batch L2-regularised multinomial (softmax) logistic regression over sparse rows, solved with <see cref="Lbfgs"/>.
/// Minimises <c>Σ cₙ·(−log softmax(Wxₙ + b)[yₙ]) + λ/2·‖W‖²</c> (biases not penalised), where cₙ weighs each
/// example (class balance, outlet balance). Deterministic.
/// </summary>
internal static class MultinomialLogisticTrainer
{
    /// <summary>Weights <c>[class][feature]</c> and one bias per class.</summary>
    public sealed record Model(float[][] Weights, float[] Bias)
    {
        public int Classes => Bias.Length;

        /// <summary>The class scores (logits) of one sparse row.</summary>
        public double[] Logits(int[] idx, float[] val) => NewsLens.Learning.MulticlassLinear.Scores(Weights, Bias, idx, val);
    }

    public static Model Train(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<int> y, IReadOnlyList<double> weight,
        int classes, int dimension, double lambda, int maxIterations = 300, double tolerance = 1e-6)
    {
        int stride = dimension + 1; // class k: weights at k·stride, bias at k·stride + dimension
        var w = new double[classes * stride];
        Lbfgs.Minimize(w, (wt, g) => Evaluate(x, y, weight, wt, g, classes, dimension, lambda), maxIterations, tolerance);
        var weights = new float[classes][];
        var bias = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            weights[k] = new float[dimension];
            for (int j = 0; j < dimension; j++) weights[k][j] = (float)w[k * stride + j];
            bias[k] = (float)w[k * stride + dimension];
        }
        return new Model(weights, bias);
    }

    private static double Evaluate(IReadOnlyList<(int[] Indices, float[] Values)> x, IReadOnlyList<int> y, IReadOnlyList<double> weight,
        double[] w, double[] g, int classes, int dimension, double lambda)
    {
        Array.Clear(g);
        int stride = dimension + 1;
        var z = new double[classes];
        double f = 0;
        for (int n = 0; n < x.Count; n++)
        {
            var (idx, val) = x[n];
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                int o = k * stride;
                double s = w[o + dimension];
                for (int i = 0; i < idx.Length; i++) s += w[o + idx[i]] * val[i];
                z[k] = s;
                if (s > max) max = s;
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) sum += Math.Exp(z[k] - max);
            double logSum = max + Math.Log(sum);
            double c = weight[n];
            f += c * (logSum - z[y[n]]);
            for (int k = 0; k < classes; k++)
            {
                double r = c * (Math.Exp(z[k] - logSum) - (k == y[n] ? 1 : 0));
                int o = k * stride;
                for (int i = 0; i < idx.Length; i++) g[o + idx[i]] += r * val[i];
                g[o + dimension] += r;
            }
        }
        for (int k = 0; k < classes; k++)
        {
            int o = k * stride;
            for (int j = 0; j < dimension; j++) { f += 0.5 * lambda * w[o + j] * w[o + j]; g[o + j] += lambda * w[o + j]; }
        }
        return f;
    }
}
