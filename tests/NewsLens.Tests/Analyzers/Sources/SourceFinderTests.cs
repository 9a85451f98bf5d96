using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Analyzers.Sources;
using NewsLens.Pipeline;
using NewsLens.Models;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Sources;

public class SourceFinderTests
{
    private static readonly OutletRecord Bbc = new("bbc.com", "BBC News", "mostly-factual", "left-center", "high-credibility", "", "", "test", "");
    private static readonly OutletRecord Atlantic = new("theatlantic.com", "The Atlantic", "high", "left-center", "high-credibility", "", "", "test", "");
    private static readonly OutletRecord Reuters = new("reuters.com", "Reuters", "very-high", "center", "high-credibility", "", "", "test", "");
    private static readonly OutletRegistry Registry = new([Bbc, Atlantic, Reuters]);

    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => new PipelineBuilder()
        .UseAttributions(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))
        .UseSources(Registry)
        .Build());

    private static Document Run(string text, ArticleMetadata? md = null)
    {
        var doc = Document.Create(text, md);
        foreach (var a in new IAnalyzer[] { new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))),
                     new OutletRater(Registry), new SourceFinder(Registry), new SourcingProfiler(Registry) })
            a.Analyze(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void A_report_by_the_BBC_yields_the_outlet_with_its_rating_and_the_document()
    {
        var doc = Run("According to a report by the BBC, the talks collapsed late on Monday.");
        var sources = doc.Get(SourceLayers.Sources);
        var outlet = Assert.Single(sources, s => s.Type == SourceType.Outlet);
        Assert.Equal("mostly-factual", outlet.Outlet!.Factuality);
        Assert.Equal("the BBC", doc[outlet.Mentions[0]]);
        Assert.Contains(sources, s => s.Type == SourceType.Document && s.Name.StartsWith("report by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blogger_over_at_an_outlet_and_a_correspondent_of_an_agency_are_tied_to_their_outlets()
    {
        var doc = Run("A blogger over at The Atlantic wrote that the plan was doomed. Reuters' correspondent said the vote was close.");
        var outlets = doc.Get(SourceLayers.Sources).Where(s => s.Type == SourceType.Outlet).Select(s => s.Outlet!.Domain).ToList();
        Assert.Contains("theatlantic.com", outlets);
        Assert.Contains("reuters.com", outlets);
    }

    [Fact]
    public void A_link_is_tied_to_the_mention_its_anchor_covers_and_a_bare_link_still_names_its_outlet()
    {
        const string text = "The BBC reported the closure. More details were published elsewhere.";
        var links = new[]
        {
            new Link("https://www.bbc.co.uk/news/123", "The BBC", new TextSpan(0, 7)),
            new Link("https://www.reuters.com/world/456", "elsewhere", new TextSpan(text.IndexOf("elsewhere", StringComparison.Ordinal), text.Length - 1)),
        };
        var doc = Run(text, new ArticleMetadata { Links = links });
        var sources = doc.Get(SourceLayers.Sources);
        Assert.Contains(sources, s => s.Outlet == Bbc && s.Links.Contains("https://www.bbc.co.uk/news/123"));
        Assert.Contains(sources, s => s.Outlet == Reuters && s.Links.Count == 1);
        var profile = doc.GetSingle(SourceLayers.SourcingProfile)!;
        Assert.Equal(2, profile.LinksOut);
        Assert.Equal(2, profile.LinksToRatedOutlets);
    }

    [Fact]
    public void A_hedge_next_to_a_citation_is_attached_to_its_source()
    {
        var doc = Run("The minister reportedly told Reuters that the deal was off.");
        var reuters = Assert.Single(doc.Get(SourceLayers.Sources), s => s.Outlet == Reuters);
        Assert.Contains(reuters.Hedges, h => h.Text == "reportedly");
    }

    [Fact]
    public void The_publishing_outlet_rating_comes_from_the_article_url_not_from_its_text()
    {
        var doc = Run("Officials said the bridge would reopen.", new ArticleMetadata { Url = "https://news.bbc.co.uk/a/b" });
        var pub = Assert.Single(doc.Get(SourceLayers.Outlet));
        Assert.Same(Bbc, pub.Outlet);
        var none = Run("Officials said the bridge would reopen.");
        Assert.Empty(none.Get(SourceLayers.Outlet));
    }

    [Fact]
    public void The_sourcing_profile_counts_named_and_anonymous_sources_and_the_attributed_share()
    {
        var doc = Run("Ann Cole said the bridge was safe. Officials said it would reopen. The river rose.");
        var p = doc.GetSingle(SourceLayers.SourcingProfile)!;
        Assert.Equal(2, p.Attributions);
        Assert.Equal(1, p.NamedAttributions);
        Assert.Equal(1, p.AnonymousAttributions);
        Assert.InRange(p.AttributedShare, 0.2, 0.8);
    }

    [Fact]
    public void The_default_pipeline_builds_with_attributions_and_sources_in_order()
    {
        var result = Pipeline.Value;
        Assert.NotNull(result);
    }
}
