using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>The CheckThat! and ClaimBuster metrics.</summary>
public static class RankingMetrics
{
    /// <summary>
    /// Average precision of a ranking, as the CheckThat! scorer computes it: items sorted by descending score (ties in
    /// input order), the mean of precision@k over the ranks k of the positives, divided by all positives; 0 when none.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        var order = Order(scores);
        int positives = labels.Count(l => l == 1);
        if (positives == 0) return 0;
        double sum = 0;
        int hits = 0;
        for (int k = 0; k < order.Length; k++)
        {
            if (labels[order[k]] != 1) continue;
            hits++;
            sum += (double)hits / (k + 1);
        }
        return sum / positives;
    }

    /// <summary>Precision of the top <paramref name="k"/> items (k capped at the item count).</summary>
    public static double PrecisionAt(IReadOnlyList<double> scores, IReadOnlyList<int> labels, int k)
    {
        var order = Order(scores);
        k = Math.Min(k, order.Length);
        if (k == 0) return 0;
        int hits = 0;
        for (int i = 0; i < k; i++) if (labels[order[i]] == 1) hits++;
        return (double)hits / k;
    }

    /// <summary>Precision at R, R being the number of positives.</summary>
    public static double RPrecision(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        int r = labels.Count(l => l == 1);
        return r == 0 ? 0 : PrecisionAt(scores, labels, r);
    }

    /// <summary>Precision, recall and F1 of the positive class for predictions <c>score &gt;= threshold</c>.</summary>
    public static (double Precision, double Recall, double F1) PositiveF1(IReadOnlyList<double> scores, IReadOnlyList<int> labels, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            bool p = scores[i] >= threshold, y = labels[i] == 1;
            if (p && y) tp++; else if (p) fp++; else if (y) fn++;
        }
        double prec = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double rec = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }

    /// <summary>Macro-averaged F1 over the two classes.</summary>
    public static double MacroF1(IReadOnlyList<double> scores, IReadOnlyList<int> labels, double threshold)
    {
        var pos = PositiveF1(scores, labels, threshold).F1;
        var flippedScores = scores.Select(s => -s).ToArray();
        var flippedLabels = labels.Select(l => 1 - l).ToArray();
        var neg = PositiveF1(flippedScores, flippedLabels, -threshold + 1e-12).F1;
        return (pos + neg) / 2;
    }

    private static int[] Order(IReadOnlyList<double> scores) =>
        Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
}
