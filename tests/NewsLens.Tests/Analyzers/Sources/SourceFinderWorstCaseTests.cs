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

    private static long StepsPerToken(string unit, int repeats, Func<string, IReadOnlyList<Link>>? links = null)
    {
        string text = string.Concat(Enumerable.Repeat(unit, repeats));
        var doc = Document.Create(text, new ArticleMetadata { Links = links?.Invoke(text) ?? [] });
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

    // why: every link was checked against every mention of every source (links x mentions)
    [Fact]
    public void A_link_on_every_mention_of_thousands_costs_a_bounded_number_of_steps_per_token() =>
        Assert.InRange(StepsPerToken("Reuters reported the talks failed. ", 3000, LinksOn("Reuters", "talks")), 0, 40);

    [Fact]
    public void A_link_on_a_mention_is_tied_to_that_source_even_among_thousands() =>
        Assert.Contains(RunWithLinks("Reuters reported the talks failed. ", 3000, LinksOn("Reuters")),
            s => s.Outlet?.Domain == "reuters.com" && s.Links.Count == 3000);

    private static IReadOnlyList<CitedSource> RunWithLinks(string unit, int repeats, Func<string, IReadOnlyList<Link>> links)
    {
        string text = string.Concat(Enumerable.Repeat(unit, repeats));
        var doc = Document.Create(text, new ArticleMetadata { Links = links(text) });
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))).Analyze(doc, CancellationToken.None);
        new OutletRater(Registry).Analyze(doc, CancellationToken.None);
        new SourceFinder(Registry).Analyze(doc, CancellationToken.None);
        return doc.Get(SourceLayers.Sources);
    }

    // one link per occurrence of each word, its anchor the word, each to a page of its own
    private static Func<string, IReadOnlyList<Link>> LinksOn(params string[] words) => text =>
    {
        var links = new List<Link>();
        foreach (var word in words)
            for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
                links.Add(new Link($"https://example.org/{word}/{i}", word, new TextSpan(i, i + word.Length)));
        return [.. links.OrderBy(l => l.Span.Start)];
    };
}
