using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class RetrievalMetricsTests
{
    [Fact]
    public void Average_precision_at_k_divides_by_the_relevant_count_as_the_checkthat_scorer_does()
    {
        var gold = new HashSet<string> { "a", "b" };
        Assert.Equal((1.0 / 2 + 2.0 / 4) / 2, RetrievalMetrics.AveragePrecisionAt(["x", "a", "y", "b"], gold, 5), 10);
        Assert.Equal(0.5 / 2, RetrievalMetrics.AveragePrecisionAt(["x", "a", "y", "b"], gold, 3), 10);
        Assert.Equal(0, RetrievalMetrics.AveragePrecisionAt(["x", "a"], gold, 1));
    }

    [Fact]
    public void Reciprocal_rank_is_of_the_first_relevant_anywhere_and_zero_when_none_is_listed()
    {
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRank(["x", "y", "a"], new HashSet<string> { "a" }), 10);
        Assert.Equal(0, RetrievalMetrics.ReciprocalRank(["x"], new HashSet<string> { "a" }));
    }

    [Fact]
    public void A_query_missing_from_the_run_counts_as_zero()
    {
        var qrels = new Dictionary<string, HashSet<string>> { ["1"] = ["a"], ["2"] = ["b"] };
        var runs = new Dictionary<string, IReadOnlyList<string>> { ["1"] = ["a"] };
        var s = RetrievalMetrics.Score(runs, qrels);
        Assert.Equal(0.5, s.Map5, 10);
        Assert.Equal(0.5, s.Mrr, 10);
        Assert.Equal(2, s.Queries);
    }
}
