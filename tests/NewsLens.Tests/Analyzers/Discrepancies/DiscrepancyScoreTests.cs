using NewsLens.Analyzers.Discrepancies;
using NewsLens.Text;
using NewsLens.Training.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

public class DiscrepancyScoreTests
{
    private static Discrepancy Flag(DiscrepancyKind kind, string article = "", string source = "") =>
        new(kind, new TextSpan(0, 1), new TextSpan(0, 1), article, source, "", new TextSpan(0, 1), new TextSpan(0, 1));

    private static DiscrepancyCase Case(params ExpectedFlag[] expected) => new("f", "tuning", "c", "s", "a", expected);

    [Fact]
    public void A_flag_of_the_right_kind_but_the_wrong_value_is_both_a_miss_and_a_false_positive()
    {
        var score = new DiscrepancyScore();
        score.Add(Case(new ExpectedFlag(DiscrepancyKind.NumberInflated, "Thousands", null)), [Flag(DiscrepancyKind.NumberInflated, "300")]);
        Assert.Equal((0, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
    }

    [Fact]
    public void Precision_and_recall_count_flags_and_faithful_cases_count_every_flag_as_false()
    {
        var score = new DiscrepancyScore();
        score.Add(Case(new ExpectedFlag(DiscrepancyKind.HedgeDropped, null, "reportedly"), new ExpectedFlag(DiscrepancyKind.RangeToPoint, null, null)),
            [Flag(DiscrepancyKind.HedgeDropped, source: "Reportedly")]);
        score.Add(Case(), [Flag(DiscrepancyKind.ModalityChanged)]);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal((0, 0), (score.DistortedCaught, score.FaithfulClean));
        Assert.Equal((0, 1, 0), score.ByKind[DiscrepancyKind.ModalityChanged]);
    }
}
