using NewsLens.Training.Attributions;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

public class AttributionScorerTests
{
    private const string Text = "Officials said the bridge is safe. Critics disagree.";

    private static GoldRelation Rel(int s0, int s1, int c0, int c1, int t0, int t1) =>
        new(s1 > s0 ? [new TextSpan(s0, s1)] : [], [new TextSpan(c0, c1)], [new TextSpan(t0, t1)]);

    [Fact]
    public void Identical_relations_score_one_everywhere()
    {
        var scorer = new AttributionScorer();
        var gold = new[] { Rel(0, 9, 10, 14, 15, 33) };
        scorer.Add(Text, gold, gold);
        Assert.All(scorer.All(), s => Assert.Equal(1.0, s.F1));
    }

    [Fact]
    public void A_content_one_word_short_matches_by_overlap_but_not_exactly()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Text, [Rel(0, 9, 10, 14, 19, 33)], [Rel(0, 9, 10, 14, 15, 33)]);
        Assert.Equal(0.0, scorer.Score("content", exact: true).F1);
        Assert.Equal(1.0, scorer.Score("content", exact: false).F1);
        Assert.Equal(0.0, scorer.Score("all", exact: true).F1);
        Assert.Equal(1.0, scorer.Score("source", exact: true).F1);
    }

    [Fact]
    public void White_space_at_span_edges_and_between_fragments_does_not_matter()
    {
        var a = AttributionScorer.Normalize(Text, [new TextSpan(14, 19), new TextSpan(19, 27)]);
        Assert.Equal([new TextSpan(15, 27)], a);
    }

    [Fact]
    public void A_missed_relation_lowers_recall_not_precision()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Text, [Rel(0, 9, 10, 14, 15, 33)], [Rel(0, 9, 10, 14, 15, 33), Rel(35, 42, 43, 51, 35, 42)]);
        var cue = scorer.Score("cue", exact: true);
        Assert.Equal(1.0, cue.Precision);
        Assert.Equal(0.5, cue.Recall);
    }
}
