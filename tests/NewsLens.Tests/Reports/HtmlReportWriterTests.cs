using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsLens.Pipeline;
using NewsLens.Reports.Html;
using NewsLens.Tests.Reports.View;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Reports;

public class HtmlReportWriterTests
{
    private static readonly LayerKey<Mark> Caps = new("caps");

    private static string Render(string text, ArticleMetadata? meta = null) =>
        HtmlReportWriter.Render(new PipelineBuilder().Add(new FakeAnalyzer("caps", Caps)).Build().Analyze(text, meta));

    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public void Script_and_attribute_injections_in_article_text_render_inert()
    {
        const string hostile = "Hi <script>alert('x')</script> and <img src=x onerror=alert(1)> and \"><svg onload=alert(2)>.";
        var html = Render(hostile, new ArticleMetadata { Title = "<script>t()</script>", Authors = ["<b onmouseover=x>Eve</b>"], Url = "javascript:alert(3)" });
        Assert.Equal(1, Count(html, "(?i)<script"));
        Assert.Contains("<script>" + ReportAssets.Script + "</script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<svg onload", html);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("javascript:alert(3)", html);
    }

    [Fact]
    public void The_saved_page_allows_exactly_its_embedded_script_and_style_by_hash()
    {
        var html = Render("Alice met Bob.");
        var policy = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        string Hash(string s) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s))) + "'";
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"script-src {Hash(script)};", policy);
        Assert.Contains($"style-src {Hash(style)};", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.StartsWith("default-src 'none'", policy);
    }

    [Fact]
    public void A_served_page_links_the_servers_assets_and_allows_only_self()
    {
        var html = HtmlReportWriter.Render(ViewFixture.Result(), new HtmlReportOptions { AssetBase = "/assets/" });
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/report.css\">", html);
        Assert.Contains("<script src=\"/assets/report.js\" defer></script>", html);
        Assert.DoesNotContain("<style>", html);
        Assert.Contains("script-src 'self'; style-src 'self'", html);
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
        Assert.Contains("data-layer=\"links\"", html);
        Assert.Contains("title=\"&#x2192; https://example.org/report\"", html);
        Assert.Contains(">Alice</mark>", html);
    }

    [Fact]
    public void Every_layer_gets_a_choice_and_only_one_layer_is_shown_at_first()
    {
        var html = HtmlReportWriter.Render(ViewFixture.Result());
        Assert.Equal(3, Count(html, "<input type=\"radio\" name=\"layer\""));
        Assert.Equal(3, Count(html, "<div class=\"layer-text article\""));
        Assert.Equal(1, Count(html, "<div class=\"layer-text article\" data-layer=\"[a-z]+\" aria-label"));
        Assert.Contains("<div class=\"layer-text article\" data-layer=\"techniques\" aria-label", html);
        Assert.Contains("value=\"techniques\" checked", html);
    }

    [Fact]
    public void Technique_names_and_speakers_are_printed_on_their_spans_with_their_confidence()
    {
        var html = HtmlReportWriter.Render(ViewFixture.Result());
        Assert.Contains("<span class=\"tag c0\" id=\"i-techniques-0\" tabindex=\"-1\" data-i=\"0\" data-c=\"0.9\">Loaded Language</span><mark class=\"hl c0\" data-i=\"0\"", html);
        Assert.Contains("id=\"i-attributions-0\" tabindex=\"-1\" data-i=\"0\" data-c=\"0.95\">Jane Roe</span>", html);
    }

    [Fact]
    public void Counts_agree_between_the_summary_the_layer_choice_the_captions_and_the_lists()
    {
        var html = HtmlReportWriter.Render(ViewFixture.Result());
        var techniquesText = Regex.Match(html, "class=\"layer-text article\" data-layer=\"techniques\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Equal(3, Count(techniquesText, "class=\"tag "));
        Assert.Contains("Techniques <span class=\"n\">3</span></h3>", html);
        Assert.Contains("value=\"techniques\" checked> Techniques <span class=\"n\">3</span>", html);
        Assert.Contains("<summary>Techniques <span class=\"n\">3</span></summary>", html);
        Assert.Contains("Top claims <span class=\"n\">1 check-worthy</span>", html);
        Assert.Contains("value=\"claims\"> Claims <span class=\"n\">1</span>", html);
    }

    [Fact]
    public void Every_summary_link_lands_on_a_caption_that_exists()
    {
        var html = HtmlReportWriter.Render(ViewFixture.Result());
        var targets = Regex.Matches(html, "<a href=\"#(i-[a-z]+-\\d+)\" data-go=\"([a-z]+):(\\d+)\"").Select(m => m.Groups).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, g =>
        {
            Assert.Equal(g[1].Value, $"i-{g[2].Value}-{g[3].Value}");
            Assert.Contains($"id=\"{g[1].Value}\"", html);
        });
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
        Assert.Equal(1, Count(html, "(?i)<script"));
        Assert.Contains("80%", html);
    }
}
