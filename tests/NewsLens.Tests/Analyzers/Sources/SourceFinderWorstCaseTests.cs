using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Analyzers.Sources;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Sources;

// why: one source mentioned thousands of times, and a hedge in every sentence, were quadratic (every mention checked
// against every earlier one); the steps are counted, never timed.
public class SourceFinderWorstCaseTests
{
    private static readonly OutletRegistry Registry = new([new OutletRecord("reuters.com", "Reuters", "very-high", "center", "high-credibility", "", "", "test", "")]);

    private static long StepsPerToken(string unit, int repeats)
    {
        var doc = Document.Create(string.Concat(Enumerable.Repeat(unit, repeats)));
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))).Analyze(doc, CancellationToken.None);
        new OutletRater(Registry).Analyze(doc, CancellationToken.None);
        long steps = WorkMeter.Measure(() => new SourceFinder(Registry).Analyze(doc, CancellationToken.None));
        Assert.NotEmpty(doc.Get(SourceLayers.Sources));
        return steps / doc.Tokens.Count;
    }

    [Fact]
    public void One_outlet_cited_thousands_of_times_costs_a_bounded_number_of_steps_per_token() =>
        Assert.InRange(StepsPerToken("Reuters reported the talks failed. ", 3000), 0, 20);

    [Fact]
    public void One_person_cited_thousands_of_times_with_a_hedge_each_time_costs_a_bounded_number_of_steps_per_token() =>
        Assert.InRange(StepsPerToken("Ann Cole reportedly said the talks failed. ", 3000), 0, 20);
}
