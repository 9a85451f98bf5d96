using System.Text.RegularExpressions;
using NewsLens.Pipeline;
using NewsLens.Reports.Html;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Reports;

public class HtmlReportWriterTests
{
    private static readonly LayerKey<Mark> Caps = new("caps");

    private static string Render(string text, ArticleMetadata? meta = null) =>
        HtmlReportWriter.Render(new PipelineBuilder().Add(new FakeAnalyzer("caps", Caps)).Build().Analyze(text, meta));

    [Fact]
    public void Script_and_attribute_injections_in_article_text_render_inert()
    {
        const string hostile = "Hi <script>alert('x')</script> and <img src=x onerror=alert(1)> and \"><svg onload=alert(2)>.";
        var html = Render(hostile, new ArticleMetadata { Title = "<script>t()</script>", Authors = ["<b onmouseover=x>Eve</b>"], Url = "javascript:alert(3)" });
        Assert.Empty(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("Content-Security-Policy", html);
    }

    [Fact]
    public void The_report_needs_no_external_asset()
    {
        var html = Render("Alice met Bob.");
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void Title_byline_links_and_every_sentence_appear()
    {
        const string text = "Alice met Bob. See the report here.";
        var meta = new ArticleMetadata
        {
            Title = "A meeting",
            Authors = ["Ann Lee", "Raj Patel"],
            SiteName = "The Example",
            Links = [new Link("https://example.org/report", "report", new TextSpan(22, 28))],
        };
        var html = Render(text, meta);
        Assert.Contains("<h1 id=\"title\">A meeting</h1>", html);
        Assert.Contains("Ann Lee, Raj Patel", html);
        Assert.Contains("The Example", html);
        Assert.Contains("l-links", html);
        Assert.Contains("https://example.org/report", html);
        Assert.Contains(">Alice</mark>", html);
        Assert.Contains("the ", html);
    }

    [Fact]
    public void Each_layer_gets_a_toggle_and_a_legend_entry()
    {
        var html = Render("Alice met Bob.");
        Assert.Contains("id=\"tog-caps\"", html);
        Assert.Contains("label for=\"tog-caps\"", html);
        Assert.Contains("#tog-caps:checked ~ .wrap mark.l-caps", html);
    }

    [Fact]
    public void Overlapping_highlights_are_flattened_without_losing_text()
    {
        var segs = HighlightFlattener.Flatten(new TextSpan(0, 10), [("a", new Highlight(new TextSpan(0, 6), "x")), ("b", new Highlight(new TextSpan(4, 10), "y"))]);
        Assert.Equal([new TextSpan(0, 4), new TextSpan(4, 6), new TextSpan(6, 10)], segs.Select(s => s.Span));
        Assert.Equal(2, segs[1].Active.Count);
    }

    [Fact]
    public void Verdict_reasons_show_their_weight_and_where_to_check_them_escaped()
    {
        const string text = "Corrupt <script>alert(1)</script> elites lie. The vote was held on Tuesday.";
        var doc = Document.Create(text);
        var span = new TextSpan(0, text.IndexOf(" lie", StringComparison.Ordinal));
        doc.SetSingle(NewsLens.Analyzers.Verdict.VerdictLayers.Verdict, new NewsLens.Analyzers.Verdict.ArticleVerdict(0.8, "hyperpartisan", 1.4,
            [new NewsLens.Analyzers.Verdict.VerdictReason("loadedPhraseRate", "techniques", "loaded words per 100 words: 9, above the training average 1.2", 9, 1.2, 0.75, [span])],
            [], []));
        var html = HtmlReportWriter.Render(new AnalysisResult(doc, [], []));
        Assert.Contains("+0.75 log-odds", html);
        Assert.Contains("e.g. <q>Corrupt &lt;script&gt;", html);
        Assert.Empty(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("reliability of style", html);
    }
}
