using NewsLens.Analyzers.Lean;

namespace NewsLens.Training.Lean;

/// <summary>
/// Temperature scaling (Guo et al. 2017): the one factor T that minimises the log loss of softmax(z / T) on held-out
/// scores. It never changes the most probable class. Golden-section search over ln T in [-3, 3]; deterministic.
/// </summary>
public static class TemperatureScaling
{
    public static double Fit(IReadOnlyList<double[]> logits, IReadOnlyList<int> gold)
    {
        if (logits.Count == 0) return 1;
        double lo = -3, hi = 3;
        double phi = (Math.Sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
        double fa = LogLoss(logits, gold, Math.Exp(a)), fb = LogLoss(logits, gold, Math.Exp(b));
        for (int i = 0; i < 60; i++)
        {
            if (fa < fb) { hi = b; b = a; fb = fa; a = hi - phi * (hi - lo); fa = LogLoss(logits, gold, Math.Exp(a)); }
            else { lo = a; a = b; fa = fb; b = lo + phi * (hi - lo); fb = LogLoss(logits, gold, Math.Exp(b)); }
        }
        return Math.Exp((lo + hi) / 2);
    }

    /// <summary>Mean negative log-likelihood of the gold classes under softmax(z / <paramref name="temperature"/>).</summary>
    public static double LogLoss(IReadOnlyList<double[]> logits, IReadOnlyList<int> gold, double temperature)
    {
        double sum = 0;
        for (int i = 0; i < logits.Count; i++) sum -= Math.Log(Math.Max(1e-12, LeanModel.Softmax(logits[i], temperature)[gold[i]]));
        return sum / logits.Count;
    }

    /// <summary>Expected calibration error of the top class over 10 equal-width confidence bins.</summary>
    public static double TopLabelEce(IReadOnlyList<double[]> probabilities, IReadOnlyList<int> gold)
    {
        var bins = new (int N, double Conf, double Correct)[10];
        for (int i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            int top = Array.IndexOf(p, p.Max());
            int b = Math.Min(9, (int)(p[top] * 10));
            bins[b] = (bins[b].N + 1, bins[b].Conf + p[top], bins[b].Correct + (top == gold[i] ? 1 : 0));
        }
        return probabilities.Count == 0 ? 0 : bins.Sum(b => Math.Abs(b.Correct - b.Conf)) / probabilities.Count;
    }
}
