using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>
/// Isotonic regression (pool adjacent violators) of a 0/1 outcome on a score, giving the <see cref="ScoreCalibration"/>
/// the technique model applies to span scores, and the expected calibration error that measures it.
/// </summary>
public static class Calibration
{
    /// <summary>Fits a monotone map from score to the share of positive outcomes; null with fewer than two pairs.</summary>
    internal static ScoreCalibration? Fit(IReadOnlyList<(double Score, bool Positive)> pairs)
    {
        if (pairs.Count < 2) return null;
        var sorted = pairs.OrderBy(p => p.Score).ToList();
        // Blocks of (sum of scores, sum of outcomes, count), merged while a block's mean outcome falls below its predecessor's.
        var blocks = new List<(double X, double Y, int N)>();
        foreach (var (score, positive) in sorted)
        {
            blocks.Add((score, positive ? 1 : 0, 1));
            while (blocks.Count > 1 && blocks[^1].Y / blocks[^1].N <= blocks[^2].Y / blocks[^2].N)
            {
                var (x, y, n) = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (blocks[^1].X + x, blocks[^1].Y + y, blocks[^1].N + n);
            }
        }
        return new ScoreCalibration([.. blocks.Select(b => (float)(b.X / b.N))], [.. blocks.Select(b => (float)(b.Y / b.N))]);
    }

    /// <summary>Expected calibration error over <paramref name="bins"/> equal-width bins of the predicted probability:
    /// the count-weighted mean of |mean prediction − share of positives| per bin.</summary>
    public static double ExpectedError(IReadOnlyList<(double Predicted, bool Positive)> pairs, int bins = 10)
    {
        if (pairs.Count == 0) return 0;
        var sum = new double[bins];
        var pos = new double[bins];
        var n = new int[bins];
        foreach (var (p, y) in pairs)
        {
            int b = Math.Clamp((int)(p * bins), 0, bins - 1);
            sum[b] += p;
            pos[b] += y ? 1 : 0;
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) if (n[b] > 0) e += n[b] * Math.Abs(sum[b] / n[b] - pos[b] / n[b]);
        return e / pairs.Count;
    }
}
