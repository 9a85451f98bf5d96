using NewsLens.Encoders;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Store;
using NewsLens.Text;

namespace NewsLens.Tests.Store;

public sealed class StoredArticlesTests : IDisposable
{
    private static readonly Lazy<AnalysisPipeline> Fast = new(() => StandardPipelines.Create(PipelineKind.Fast));
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly ArticleMetadata Metadata = new()
    {
        Id = "harbour-1",
        Title = "Harbour row",
        SiteName = "Valley Ledger",
        Url = "https://ledger.example/harbour",
        Published = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero),
        Input = new InputRef("in.jsonl", 3),
    };

    private const string Text = "A shameful cover-up at the harbour, critics said on Monday.\n\n\"They hid the report for months,\" councillor Tom Reyes said. The repairs will cost £4 million.";

    [Fact]
    public void A_stored_report_reads_back_byte_for_byte_as_the_analysis_wrote_it()
    {
        var result = Fast.Value.Analyze(Text, Metadata);
        using var store = _temp.Open();
        long id = store.Commit([StoredArticles.From(result, "in.jsonl:3", Fast.Value.LayerProducers)])[0].Id;
        Assert.Equal(ReportJson.Serialize(result), store.Report(id));
        Assert.Equal(ReportJson.Serialize(result, indented: false), store.Report(id, indented: false));
    }

    [Fact]
    public void The_stored_text_and_metadata_analyse_again_into_the_same_report()
    {
        var result = Fast.Value.Analyze(Text, Metadata);
        using var store = _temp.Open();
        long id = store.Commit([StoredArticles.From(result, "in.jsonl:3", Fast.Value.LayerProducers)])[0].Id;
        var (text, metadata) = store.Input(id)!.Value;
        Assert.Equal(ReportJson.Serialize(result), ReportJson.Serialize(Fast.Value.Analyze(text, metadata)));
    }

    [Fact]
    public void Each_layer_is_stored_apart_with_the_analyzer_version_and_model_that_wrote_it()
    {
        var result = Fast.Value.Analyze(Text, Metadata);
        var stored = StoredArticles.From(result, "k", Fast.Value.LayerProducers);
        var techniques = stored.Layers.Single(l => l.Name == "techniques");
        var producer = Fast.Value.LayerProducers["techniques"];
        Assert.Equal((producer.Id, producer.Version, producer.ModelSha256), (techniques.Analyzer, techniques.Version, techniques.ModelSha256));
        Assert.NotNull(techniques.ModelSha256);
        Assert.Equal(result.Document.ReportedLayerKeys.Select(k => k.Name), stored.Layers.Select(l => l.Name));
    }

    [Fact]
    public void Facets_come_from_the_typed_layers()
    {
        var result = Fast.Value.Analyze(Text, Metadata);
        var f = StoredArticles.From(result, "k", Fast.Value.LayerProducers).Facets;
        var doc = result.Document;
        Assert.Equal(doc.Get(NewsLens.Analyzers.Verdict.VerdictLayers.Verdict)[0].HyperpartisanProbability, f.Verdict);
        Assert.Equal(doc.Get(NewsLens.Analyzers.Lean.LeanLayers.Lean)[0].Label, f.Lean);
        Assert.Equal(doc.Get(NewsLens.Analyzers.Techniques.TechniqueLayers.Techniques).Select(t => t.Technique).Distinct().Order(), f.Techniques.Order());
        Assert.Contains("tom reyes", f.Speakers);
    }
}
