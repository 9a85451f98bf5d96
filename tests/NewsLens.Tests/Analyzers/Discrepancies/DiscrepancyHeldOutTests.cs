using NewsLens.Training.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

/// <summary>
/// The held-out spec cases keep the flag precision and recall they scored when first run, after the rules were frozen
/// (README of Analyzers/Discrepancies): a floor against regressions, not a target to tune to.
/// </summary>
public class DiscrepancyHeldOutTests
{
    [Theory]
    [InlineData("fast", 0.90, 0.947)]
    [InlineData("accurate", 0.947, 0.947)]
    public void Held_out_cases_keep_their_first_scores(string pipeline, double precision, double recall)
    {
        var cases = DiscrepancySpecReader.ReadAll(ComparePipelines.SpecRoot).Where(c => c.Set == "held-out");
        var (score, errors) = DiscrepancySpecRun.Score(DiscrepancySpecRun.Run(cases, ComparePipelines.Get(pipeline)));
        Assert.True(score.Precision >= precision - 1e-9 && score.Recall >= recall - 1e-9,
            $"P {score.Precision:0.000} R {score.Recall:0.000}; errors:\n{string.Join("\n", errors)}");
    }
}
