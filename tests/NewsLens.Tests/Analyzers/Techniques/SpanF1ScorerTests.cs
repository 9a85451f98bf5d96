using NewsLens.Training.Techniques;

namespace NewsLens.Tests.Analyzers.Techniques;

public class SpanF1ScorerTests
{
    [Fact]
    public void An_exact_match_scores_one()
    {
        var s = new SpanF1Scorer();
        s.Add([(10, 20)], [(10, 20)]);
        Assert.Equal(1.0, s.F1, 6);
    }

    [Fact]
    public void A_prediction_covering_half_a_gold_span_gets_full_precision_and_half_recall()
    {
        var s = new SpanF1Scorer();
        s.Add([(10, 15)], [(10, 20)]);
        Assert.Equal(1.0, s.Precision, 6);
        Assert.Equal(0.5, s.Recall, 6);
    }

    [Fact]
    public void Overlapping_gold_spans_are_merged_before_scoring_and_touching_ones_are_not()
    {
        Assert.Equal([(0, 15), (15, 20)], SpanF1Scorer.Merge([(0, 10), (5, 15), (15, 20)]));
        var s = new SpanF1Scorer();
        s.Add([(0, 15)], [(0, 10), (5, 15)]);
        Assert.Equal(1, s.GoldCount);
        Assert.Equal(1.0, s.F1, 6);
    }

    [Fact]
    public void Predictions_in_an_article_without_gold_spans_cost_precision()
    {
        var s = new SpanF1Scorer();
        s.Add([(0, 5)], [(0, 5)]);
        s.Add([(0, 5)], []);
        Assert.Equal(0.5, s.Precision, 6);
        Assert.Equal(1.0, s.Recall, 6);
    }
}
