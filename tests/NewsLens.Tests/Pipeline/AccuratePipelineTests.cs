using System.Text.Json;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Techniques;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Tests.Encoders;
using NewsLens.Tests.Support;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Tests.Pipeline;

/// <summary>The two standard pipelines: what the accurate one adds (one encoder pass, vector layers) and what reports record.</summary>
public sealed class AccuratePipelineTests
{
    private const string Article =
        "The minister said on Monday that the new port would bring thousands of jobs to the region.\n\n" +
        "Critics called the plan a disgraceful giveaway to cronies. \"This is a scandal,\" said Ana Ortiz, a local councillor.\n\n" +
        "The project will cost 2.3 billion euros, according to the treasury.";

    private static readonly ModelDirectory Models = new(Path.Combine(SharedData.RepoRoot, "models"));
    private static readonly Lazy<AnalysisPipeline> Accurate = new(() => NewsLensPipeline.Create(new EncoderAnalyzer(SharedEncoder.Shipped), Models));
    private static readonly Lazy<AnalysisPipeline> Fast = new(() => NewsLensPipeline.CreateDefault(Models));

    [Fact]
    public void The_encoder_runs_first_and_writes_one_vector_per_token_and_per_sentence()
    {
        var result = Accurate.Value.Analyze(Article);
        Assert.Equal(EncoderAnalyzer.Id, result.Analyzers[0].Id);
        Assert.Equal(SharedEncoder.Shipped.Sha256, result.Analyzers[0].ModelSha256);
        var doc = result.Document;
        var tokens = doc.GetSingle(VectorLayers.Tokens)!;
        var sentences = doc.GetSingle(VectorLayers.Sentences)!;
        Assert.Equal(doc.Tokens.Count, tokens.Count);
        Assert.Equal(doc.Sentences.Count, sentences.Count);
        Assert.Equal(384, tokens.Dimension);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Reports_record_the_pipeline_and_the_encoder_hash_and_leave_the_vectors_out()
    {
        var json = JsonDocument.Parse(ReportJson.Serialize(Accurate.Value.Analyze(Article))).RootElement;
        var pipeline = json.GetProperty("pipeline");
        Assert.Equal("accurate", pipeline.GetProperty("name").GetString());
        Assert.Equal(SharedEncoder.Shipped.Sha256, pipeline.GetProperty("encoder").GetProperty("sha256").GetString());
        Assert.Equal(SharedEncoder.Shipped.OverridesSha256, pipeline.GetProperty("encoder").GetProperty("overridesSha256").GetString());
        Assert.Matches("^[0-9a-f]{64}$", SharedEncoder.Shipped.OverridesSha256);
        Assert.Equal("all-MiniLM-L6-v2", pipeline.GetProperty("encoder").GetProperty("name").GetString());
        var layers = json.GetProperty("layers");
        Assert.False(layers.TryGetProperty("tokenVectors", out _));
        Assert.False(layers.TryGetProperty("sentenceVectors", out _));
        Assert.True(layers.TryGetProperty("techniques", out _));
    }

    [Fact]
    public void Html_and_markdown_reports_name_the_pipeline_and_leave_the_vectors_out()
    {
        var result = Accurate.Value.Analyze(Article);
        foreach (var writer in new[] { ReportWriters.Get("html"), ReportWriters.Get("md") })
        {
            using var sw = new StringWriter();
            writer.Write(result, sw);
            Assert.DoesNotContain("tokenVectors", sw.ToString());
            Assert.DoesNotContain("sentenceVectors", sw.ToString());
            // why: a reader of the page or summary sees which pipeline and which exact encoder weights produced it
            Assert.Contains($"accurate (encoder all-MiniLM-L6-v2, sha256 {SharedEncoder.Shipped.Sha256[..12]}, fine-tuned weights {SharedEncoder.Shipped.OverridesSha256![..12]})", sw.ToString());
        }
    }

    [Fact]
    public void The_fast_pipeline_runs_no_encoder_and_says_so()
    {
        var result = Fast.Value.Analyze(Article);
        Assert.DoesNotContain(result.Analyzers, a => a.Id == EncoderAnalyzer.Id);
        Assert.False(result.Document.Has(VectorLayers.Tokens));
        var pipeline = JsonDocument.Parse(ReportJson.Serialize(result)).RootElement.GetProperty("pipeline");
        Assert.Equal("fast", pipeline.GetProperty("name").GetString());
        Assert.False(pipeline.TryGetProperty("encoder", out _));
    }

    [Fact]
    public void The_accurate_pipeline_gives_byte_identical_reports_on_every_run()
    {
        var first = ReportJson.Serialize(Accurate.Value.Analyze(Article));
        var second = ReportJson.Serialize(Accurate.Value.Analyze(Article));
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_encoder_techniques_model_refuses_a_document_without_vectors_naming_the_accurate_pipeline()
    {
        var model = TechniqueModel.Load(Path.Combine(SharedData.RepoRoot, "models", TechniqueModel.EncoderSpec.FileName));
        Assert.True(model.UsesEncoder);
        var ex = Assert.Throws<InvalidOperationException>(() => model.Tag(Document.Create(Article)));
        Assert.Contains("accurate pipeline", ex.Message);
    }

    [Fact]
    public void An_accurate_pipeline_without_an_encoder_before_the_techniques_head_does_not_build()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() =>
            new PipelineBuilder().UseTechniques(Models, new TechniqueOptions { UseEncoder = true }).Build());
        Assert.Contains("tokenVectors", ex.Message);
    }

    [Fact]
    public void Pipeline_names_parse_in_any_case_and_nothing_else_parses()
    {
        Assert.True(StandardPipelines.TryParse("Accurate", out var a));
        Assert.Equal(PipelineKind.Accurate, a);
        Assert.True(StandardPipelines.TryParse("fast", out var f));
        Assert.Equal(PipelineKind.Fast, f);
        Assert.False(StandardPipelines.TryParse("quick", out _));
        Assert.False(StandardPipelines.TryParse(null, out _));
    }
}
