using System.Text.Json;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Reports;

public class ReportJsonTests
{
    private static readonly LayerKey<Mark> Caps = new("caps");

    private static AnalysisResult Run(string text) =>
        new PipelineBuilder().Add(new FakeAnalyzer("newslens.caps.v1", Caps)).Build()
            .Analyze(text, new ArticleMetadata { Id = "a1", Title = "T", Authors = ["Ann Lee"], Published = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) });

    [Fact]
    public void The_same_input_gives_byte_identical_json()
    {
        const string text = "Alice met Bob. Then Carol said \"hello\".";
        Assert.Equal(ReportJson.Serialize(Run(text)), ReportJson.Serialize(Run(text)));
    }

    [Fact]
    public void The_report_carries_schema_version_analyzers_and_layers_with_span_arrays()
    {
        var json = ReportJson.Serialize(Run("Alice met Bob."));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(ArticleReport.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("newslens.caps.v1", root.GetProperty("analyzers")[0].GetProperty("id").GetString());
        var first = root.GetProperty("layers").GetProperty("caps")[0];
        Assert.Equal("[0,5]", first.GetProperty("span").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Equal("2026-01-02T03:04:05+00:00", root.GetProperty("metadata").GetProperty("published").GetString());
    }

    [Fact]
    public void Html_sensitive_characters_are_escaped_in_json()
    {
        var json = ReportJson.Serialize(Run("A </script><script>alert(1)</script> B."));
        Assert.DoesNotContain("</script>", json);
    }

    [Fact]
    public void A_report_reads_back_with_the_same_text_and_sentences()
    {
        var r = Run("Alice met Bob. Bob left.");
        var back = ReportJson.Deserialize(ReportJson.Serialize(r));
        Assert.NotNull(back);
        Assert.Equal(r.Document.Text, back!.Text);
        Assert.Equal(r.Document.Sentences.Select(s => s.Span), back.Sentences);
    }
}
