namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// A monotone map from a raw span score to the probability that the span is a technique span, as measured on
/// training articles the span model did not see: knots (score, probability) in increasing order, linear between them
/// and flat beyond the ends. Immutable.
/// </summary>
internal sealed class ScoreCalibration
{
    public ScoreCalibration(float[] scores, float[] probabilities)
    {
        if (scores.Length == 0 || scores.Length != probabilities.Length)
            throw new ArgumentException($"expected equal, non-empty knot lists, got {scores.Length} scores and {probabilities.Length} probabilities");
        for (int i = 1; i < scores.Length; i++)
            if (!(scores[i] >= scores[i - 1]) || !(probabilities[i] >= probabilities[i - 1]))
                throw new ArgumentException("knots must rise in both score and probability");
        (Scores, Probabilities) = (scores, probabilities);
    }

    public float[] Scores { get; }
    public float[] Probabilities { get; }

    /// <summary>The calibrated probability of <paramref name="score"/>.</summary>
    public double Apply(double score)
    {
        var x = Scores;
        if (score <= x[0]) return Probabilities[0];
        if (score >= x[^1]) return Probabilities[^1];
        int hi = Array.BinarySearch(x, (float)score);
        if (hi >= 0) return Probabilities[hi];
        hi = ~hi;
        int lo = hi - 1;
        double span = x[hi] - x[lo];
        double t = span <= 0 ? 1 : (score - x[lo]) / span;
        return Probabilities[lo] + t * (Probabilities[hi] - Probabilities[lo]);
    }

    /// <summary>As one array of pairs (score, probability), the model file's form.</summary>
    public float[] ToPairs()
    {
        var a = new float[Scores.Length * 2];
        for (int i = 0; i < Scores.Length; i++) { a[2 * i] = Scores[i]; a[2 * i + 1] = Probabilities[i]; }
        return a;
    }

    /// <exception cref="InvalidDataException">when the pairs are malformed.</exception>
    public static ScoreCalibration FromPairs(float[] pairs)
    {
        if (pairs.Length < 2 || pairs.Length % 2 != 0) throw new InvalidDataException($"calibration holds {pairs.Length} values, expected score/probability pairs");
        try { return new ScoreCalibration([.. pairs.Where((_, i) => i % 2 == 0)], [.. pairs.Where((_, i) => i % 2 == 1)]); }
        catch (ArgumentException e) { throw new InvalidDataException("calibration: " + e.Message); }
    }
}
