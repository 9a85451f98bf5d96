using NewsLens.Analyzers.Techniques;
using NewsLens.Training.Techniques;

namespace NewsLens.Tests.Analyzers.Techniques;

/// <summary>Span-score calibration: isotonic fitting, its monotone map, and the error that measures it.</summary>
public sealed class CalibrationTests
{
    // Scores that overstate: a span of score s is a technique span with probability s².
    private static List<(double Score, bool Positive)> Overconfident(int n, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => { double s = rng.NextDouble(); return (s, rng.NextDouble() < s * s); })];
    }

    [Fact]
    public void A_fitted_calibration_rises_with_the_score_and_cuts_the_error_on_fresh_data()
    {
        var map = Calibration.Fit(Overconfident(4000, 1))!;
        for (double s = 0; s < 1; s += 0.01) Assert.True(map.Apply(s + 0.01) >= map.Apply(s));
        Assert.InRange(map.Apply(0.5), 0.15, 0.35);
        var fresh = Overconfident(4000, 2);
        double raw = Calibration.ExpectedError([.. fresh.Select(p => (p.Score, p.Positive))]);
        double calibrated = Calibration.ExpectedError([.. fresh.Select(p => (map.Apply(p.Score), p.Positive))]);
        Assert.True(raw > 0.1, $"raw {raw}");
        Assert.True(calibrated < raw / 3, $"raw {raw}, calibrated {calibrated}");
    }

    [Fact]
    public void The_map_is_flat_beyond_its_knots_and_linear_between_them()
    {
        var map = new ScoreCalibration([0.2f, 0.6f], [0.1f, 0.5f]);
        Assert.Equal(0.1, map.Apply(0.0), 5);
        Assert.Equal(0.5, map.Apply(0.9), 5);
        Assert.Equal(0.3, map.Apply(0.4), 5);
        var again = ScoreCalibration.FromPairs(map.ToPairs());
        Assert.Equal(map.Apply(0.35), again.Apply(0.35));
    }

    [Fact]
    public void Falling_or_malformed_knots_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ScoreCalibration([0.2f, 0.6f], [0.5f, 0.1f]));
        Assert.Throws<InvalidDataException>(() => ScoreCalibration.FromPairs([0.1f, 0.2f, 0.3f]));
        Assert.Null(Calibration.Fit([(0.5, true)]));
    }
}
