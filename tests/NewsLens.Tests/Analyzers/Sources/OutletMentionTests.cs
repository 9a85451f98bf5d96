using System.Text;
using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Analyzers.Sources;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Reports.Html;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Sources;

/// <summary>Outlets are matched only where the text names them, and reported in the rater's words.</summary>
public class OutletMentionTests
{
    private static readonly OutletRecord SmithNews = new("smithnews.test", "Smith News", "low", "fake-news", "low-credibility", "", "", "test", "", "propaganda;failed-fact-checks");
    private static readonly OutletRecord NewHavenMagazine = new("newhavenmag.test", "New Haven Magazine", "high", "left-center", "high-credibility", "", "", "test", "");
    private static readonly OutletRecord Tribune = new("tribune.test", "The Tribune", "mostly-factual", "center", "high-credibility", "", "", "test", "");
    private static readonly OutletRecord McKay = new("mckay.test", "McKay", "mixed", "satire", "medium-credibility", "", "", "test", "");
    private static readonly OutletRegistry Registry = new([SmithNews, NewHavenMagazine, Tribune, McKay]);

    private static readonly Lazy<AttributionExtractor> Extractor = new(() =>
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))));

    private static Document Run(string text, ArticleMetadata? md = null)
    {
        var doc = Document.Create(text, md);
        foreach (var a in new IAnalyzer[] { Extractor.Value, new OutletRater(Registry), new SourceFinder(Registry), new SourcingProfiler(Registry) })
            a.Analyze(doc, CancellationToken.None);
        return doc;
    }

    private static List<string> OutletMentions(Document doc) =>
        [.. doc.Get(SourceLayers.Sources).Where(s => s.Type == SourceType.Outlet).SelectMany(s => s.Mentions.Select(m => $"{doc[m]}={s.Outlet!.Domain}"))];

    [Fact]
    public void A_person_whose_name_is_part_of_an_outlets_name_is_not_the_outlet()
    {
        var doc = Run("John Smith said the plan would fail. Laura McKay said it would pass.");
        Assert.Empty(OutletMentions(doc));
    }

    [Fact]
    public void A_place_whose_name_is_part_of_a_magazines_name_is_not_the_magazine()
    {
        var doc = Run("Officials in New Haven said the vote was close.");
        Assert.Empty(OutletMentions(doc));
    }

    [Fact]
    public void An_outlet_named_in_full_or_in_a_possessive_is_matched()
    {
        var doc = Run("The Tribune's political editor said the plan was dead. Smith News ran the story on Monday.");
        Assert.Equal(["The Tribune=tribune.test", "Smith News=smithnews.test"], OutletMentions(doc));
    }

    [Fact]
    public void A_cited_outlet_is_described_in_words_with_the_raters_reasons_in_highlights_and_json()
    {
        var doc = Run("Smith News ran the story on Monday.");
        var src = Assert.Single(doc.Get(SourceLayers.Sources), s => s.Outlet == SmithNews);
        Assert.Contains(src.GetHighlights(), h => h.Detail!.Contains("questionable source (propaganda, failed fact checks); low factual reporting", StringComparison.Ordinal));
        var json = JsonSerializer.Serialize(doc.Get(SourceLayers.Sources), ReportJson.Options);
        Assert.Contains("\"bias\": \"fake-news\"", json, StringComparison.Ordinal);
        Assert.Contains("\"biasLabel\": \"questionable source\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reasonLabels\": [", json, StringComparison.Ordinal);
        Assert.Equal("questionable source (propaganda, failed fact checks); low factual reporting; low credibility",
            Assert.Single(doc.GetSingle(SourceLayers.SourcingProfile)!.OutletsCited).Category);
    }

    [Fact]
    public void The_publishing_outlets_panel_shows_its_category_in_words()
    {
        var doc = Run("The bridge reopened on Monday.", new ArticleMetadata { Url = "https://mckay.test/bridge" });
        var html = NewsLens.Reports.Html.HtmlReportWriter.Render(new NewsLens.Pipeline.AnalysisResult(doc, [], []));
        Assert.Contains("satire; mixed factual reporting; medium credibility", html, StringComparison.Ordinal);
        Assert.Equal("satire; mixed factual reporting; medium credibility", doc.GetSingle(SourceLayers.Outlet)!.Category);
    }
}
