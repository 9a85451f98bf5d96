using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Store;
using NewsLens.Text;

namespace NewsLens.Tests.Store;

public class StoredReportsTests
{
    private static readonly Lazy<AnalysisPipeline> Fast = new(() => NewsLens.Encoders.StandardPipelines.Create(PipelineKind.Fast, new ModelDirectory(null)));

    [Fact]
    public void A_stored_report_read_back_gives_the_same_report_byte_for_byte_with_typed_layers()
    {
        var result = Fast.Value.Analyze("\"We will not back down,\" said Mayor Ann Cole on Monday. Critics called the corrupt plan a disgrace.\n\nThe vote is in May.",
            new ArticleMetadata { Id = "a1", Title = "Mayor stands firm", SiteName = "Vale Courier" });
        var json = ReportJson.Serialize(result);
        var back = StoredReports.Result(json, Fast.Value.Segmenter);
        Assert.Equal(json, ReportJson.Serialize(back));
        Assert.Equal(result.Document.ReportedLayerKeys.Select(k => k.Name), back.Document.ReportedLayerKeys.Select(k => k.Name));
        Assert.Equal("a1", back.Document.Metadata.Id);
        Assert.Equal(result.Pipeline, back.Pipeline);
    }

    [Fact]
    public void A_report_with_a_layer_this_program_does_not_know_is_refused_naming_the_layer()
    {
        var json = ReportJson.Serialize(Fast.Value.Analyze("A short note.", new ArticleMetadata { Id = "n1" })).Replace("\"layers\": {", "\"layers\": {\n    \"futureLayer\": [],");
        var ex = Assert.Throws<StoreException>(() => StoredReports.Result(json, Fast.Value.Segmenter));
        Assert.Contains("'futureLayer'", ex.Message);
    }
}
