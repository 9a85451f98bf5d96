using NewsLens.Training.Claims;

namespace NewsLens.Tests.Analyzers.Claims;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Average_precision_is_the_mean_precision_at_each_positive_over_all_positives()
    {
        // ranked: item1 (pos), item0 (neg), item2 (pos), item3 (neg) -> (1/1 + 2/3) / 2
        double[] scores = [0.5, 0.9, 0.3, 0.1];
        int[] labels = [0, 1, 1, 0];
        Assert.Equal((1.0 + 2.0 / 3) / 2, RankingMetrics.AveragePrecision(scores, labels), 9);
    }

    [Fact]
    public void Ties_keep_input_order_and_no_positive_gives_zero()
    {
        Assert.Equal(0.5, RankingMetrics.AveragePrecision([0.2, 0.2], [0, 1]), 9);
        Assert.Equal(1.0, RankingMetrics.AveragePrecision([0.2, 0.2], [1, 0]), 9);
        Assert.Equal(0, RankingMetrics.AveragePrecision([0.3, 0.1], [0, 0]));
    }

    [Fact]
    public void Precision_at_k_r_precision_and_f1_count_the_positive_class()
    {
        double[] s = [0.9, 0.8, 0.7, 0.2];
        int[] y = [1, 0, 1, 1];
        Assert.Equal(0.5, RankingMetrics.PrecisionAt(s, y, 2), 9);
        Assert.Equal(2.0 / 3, RankingMetrics.RPrecision(s, y), 9);
        var (p, r, f1) = RankingMetrics.PositiveF1(s, y, 0.5);
        Assert.Equal(2.0 / 3, p, 9);
        Assert.Equal(2.0 / 3, r, 9);
        Assert.Equal(2.0 / 3, f1, 9);
    }
}
