using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>One bin of a reliability diagram: predicted probabilities in [<paramref name="From"/>, <paramref name="To"/>).</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanPredicted, double ObservedRate);

/// <summary>Platt scaling and calibration measures (Brier score, expected calibration error, reliability bins).</summary>
public static class Calibration
{
    /// <summary>
    /// Fits <c>p = sigmoid(a·margin + b)</c> by Newton's method on the log loss with Platt's smoothed targets.
    /// Deterministic. Returns (1, 0) for an empty or one-class input.
    /// </summary>
    public static (double A, double B) FitPlatt(IReadOnlyList<double> margins, IReadOnlyList<bool> labels)
    {
        int pos = labels.Count(l => l), neg = labels.Count - pos;
        if (pos == 0 || neg == 0) return (1, 0);
        double hi = (pos + 1.0) / (pos + 2.0), lo = 1.0 / (neg + 2.0);
        double a = 1, b = 0;
        for (int iter = 0; iter < 100; iter++)
        {
            double g1 = 0, g2 = 0, h11 = 1e-9, h22 = 1e-9, h12 = 0;
            for (int i = 0; i < margins.Count; i++)
            {
                double p = NewsLens.Learning.Logistic.Sigmoid(a * margins[i] + b);
                double t = labels[i] ? hi : lo;
                double d = p - t, w = p * (1 - p);
                g1 += d * margins[i]; g2 += d;
                h11 += w * margins[i] * margins[i]; h22 += w; h12 += w * margins[i];
            }
            double det = h11 * h22 - h12 * h12;
            if (Math.Abs(det) < 1e-12) break;
            double da = (h22 * g1 - h12 * g2) / det, db = (h11 * g2 - h12 * g1) / det;
            a -= da; b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10) break;
        }
        return (a, b);
    }

    public static double Brier(IReadOnlyList<double> p, IReadOnlyList<bool> y) =>
        p.Count == 0 ? 0 : p.Select((x, i) => (x - (y[i] ? 1 : 0)) * (x - (y[i] ? 1 : 0))).Average();

    public static IReadOnlyList<ReliabilityBin> Bins(IReadOnlyList<double> p, IReadOnlyList<bool> y, int bins = 10)
    {
        var result = new List<ReliabilityBin>();
        for (int b = 0; b < bins; b++)
        {
            double from = (double)b / bins, to = (double)(b + 1) / bins;
            var members = Enumerable.Range(0, p.Count).Where(i => p[i] >= from && (p[i] < to || (b == bins - 1 && p[i] <= 1))).ToList();
            result.Add(new ReliabilityBin(from, to, members.Count,
                members.Count == 0 ? 0 : members.Average(i => p[i]),
                members.Count == 0 ? 0 : members.Average(i => y[i] ? 1.0 : 0.0)));
        }
        return result;
    }

    /// <summary>Expected calibration error: bin-size-weighted |observed − predicted| over equal-width bins.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ReliabilityBin> bins)
    {
        int n = bins.Sum(b => b.Count);
        return n == 0 ? 0 : bins.Sum(b => b.Count * Math.Abs(b.ObservedRate - b.MeanPredicted)) / n;
    }

    /// <summary>Area under the ROC curve (ties count half).</summary>
    public static double Auc(IReadOnlyList<double> score, IReadOnlyList<bool> y)
    {
        var order = Enumerable.Range(0, score.Count).OrderBy(i => score[i]).ToArray();
        double rankSum = 0;
        int pos = 0;
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j < order.Length && score[order[j]] == score[order[i]]) j++;
            double avgRank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++) if (y[order[k]]) { rankSum += avgRank; pos++; }
            i = j;
        }
        int neg = score.Count - pos;
        return pos == 0 || neg == 0 ? 0.5 : (rankSum - pos * (pos + 1) / 2.0) / ((double)pos * neg);
    }
}
