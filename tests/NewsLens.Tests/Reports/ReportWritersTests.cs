using System.Text.Json;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Reports;

public class ReportWritersTests
{
    private static readonly LayerKey<Mark> Caps = new("caps");

    private static AnalysisResult Run(ArticleMetadata meta) =>
        new PipelineBuilder().Add(new FakeAnalyzer("newslens.caps.v1", Caps)).Build().Analyze("Alice met Bob. Bob left.", meta);

    [Fact]
    public void The_registry_lists_json_jsonl_html_and_md_with_json_first() =>
        Assert.Equal(["json", "jsonl", "html", "md"], ReportWriters.Names);

    [Theory]
    [InlineData("JSON", "json")]
    [InlineData(" jsonl ", "jsonl")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void A_writer_is_found_by_its_name_or_alias_ignoring_case(string asked, string found) =>
        Assert.Equal(found, ReportWriters.Find(asked)!.Name);

    [Fact]
    public void An_unknown_name_finds_no_writer_and_getting_it_names_the_valid_ones()
    {
        Assert.Null(ReportWriters.Find("xml"));
        var ex = Assert.Throws<ArgumentException>(() => ReportWriters.Get("xml"));
        Assert.Contains("json, jsonl, html, md", ex.Message);
    }

    [Fact]
    public void Only_json_lines_can_stream_several_reports_into_one_file_and_only_html_is_a_page()
    {
        Assert.Equal(["jsonl"], ReportWriters.All.Where(w => w.CanStream).Select(w => w.Name));
        Assert.Equal(["html"], ReportWriters.All.Where(w => w.IsPage).Select(w => w.Name));
        Assert.All(ReportWriters.All, w => Assert.StartsWith(".", w.FileExtension));
        Assert.All(ReportWriters.All, w => Assert.Contains("charset=utf-8", w.ContentType));
    }

    [Fact]
    public void A_json_lines_report_is_one_line_naming_its_input_path_and_record()
    {
        var result = Run(new ArticleMetadata { Id = "feed#2", Input = new InputRef("in/feed.jsonl", 2) });
        var text = new StringWriter();
        ReportWriters.Get("jsonl").Write(result, text);
        var line = text.ToString();
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        var input = doc.RootElement.GetProperty("metadata").GetProperty("input");
        Assert.Equal("in/feed.jsonl", input.GetProperty("path").GetString());
        Assert.Equal(2, input.GetProperty("record").GetInt64());
    }

    [Fact]
    public void A_report_of_text_given_directly_has_no_input()
    {
        using var doc = JsonDocument.Parse(ReportJson.Serialize(Run(new ArticleMetadata { Id = "a" })));
        Assert.False(doc.RootElement.GetProperty("metadata").TryGetProperty("input", out _));
    }

    [Fact]
    public void The_markdown_report_opens_with_the_verdict_and_its_reasons_with_weights()
    {
        const string text = "Corrupt elites lie. The vote was held on Tuesday.";
        var doc = NewsLens.Text.Document.Create(text);
        doc.SetSingle(NewsLens.Analyzers.Verdict.VerdictLayers.Verdict, new NewsLens.Analyzers.Verdict.ArticleVerdict(0.81, "hyperpartisan", 1.4,
            [new NewsLens.Analyzers.Verdict.VerdictReason("loadedPhraseRate", "techniques", "loaded words per 100 words: 9", 9, 1.2, 0.75, [new NewsLens.Text.TextSpan(0, 14)])],
            [], []));
        var md = NewsLens.Reports.Markdown.MarkdownReportWriter.Render(new AnalysisResult(doc, [], []));
        Assert.Contains("## Verdict: hyperpartisan (81% hyperpartisan)", md);
        Assert.Contains("▲ loaded words per 100 words: 9 (+0.75 log-odds), e.g. “Corrupt elites”", md);
    }
}
