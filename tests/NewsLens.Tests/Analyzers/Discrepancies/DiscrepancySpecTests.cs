using NewsLens.Training.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

/// <summary>
/// Each tuning case of Specs/Discrepancies raises exactly its expected flags, in both pipelines. The held-out cases
/// are scored as a set (<see cref="DiscrepancyHeldOutTests"/>): they were not tuned on, so a per-case test would only
/// record the misses.
/// </summary>
public class DiscrepancySpecTests
{
    public static TheoryData<string, string> TuningCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in DiscrepancySpecReader.ReadAll(ComparePipelines.SpecRoot).Where(c => c.Set == "tuning"))
            foreach (var pipeline in new[] { "fast", "accurate" }) data.Add(c.Id, pipeline);
        return data;
    }

    [Theory]
    [MemberData(nameof(TuningCases))]
    public void Spec_case_raises_exactly_its_expected_flags(string id, string pipeline)
    {
        var c = DiscrepancySpecReader.ReadAll(ComparePipelines.SpecRoot).Single(x => x.Id == id);
        var flags = ComparePipelines.Compare(c.Article, c.Source, pipeline).Discrepancies;
        var (missed, spurious) = DiscrepancyScore.Match(c.Expected, flags);
        Assert.True(missed.Count == 0 && spurious.Count == 0,
            $"missed: [{string.Join("; ", missed)}]; spurious: [{string.Join("; ", spurious.Select(DiscrepancySpecRun.Dump))}]");
    }

    [Fact]
    public void The_specs_hold_at_least_40_distorted_and_20_faithful_cases_a_third_held_out()
    {
        var cases = DiscrepancySpecReader.ReadAll(ComparePipelines.SpecRoot);
        Assert.True(cases.Count(c => !c.Faithful) >= 40, $"{cases.Count(c => !c.Faithful)} distorted cases");
        Assert.True(cases.Count(c => c.Faithful) >= 20, $"{cases.Count(c => c.Faithful)} faithful cases");
        Assert.InRange(cases.Count(c => c.Set == "held-out") / (double)cases.Count, 0.3, 0.4);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
    }
}
