using NewsLens.Analyzers.Attributions;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Tests.Encoders;
using NewsLens.Tests.Support;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Tests.Analyzers.Attributions;

/// <summary>The shipped encoder model of the attributions layer: its file contract and what it reads.</summary>
public sealed class EncoderAttributionModelTests
{
    private const string Text =
        "The mayor said on Monday that the bridge would reopen in May.\n\n" +
        "\u201CWe will not wait for another winter,\u201D said Rosa Lind, who chairs the transport committee.\n\n" +
        "According to the city engineer, the repairs will cost 4 million dollars.";

    private static string ModelPath => Path.Combine(SharedData.RepoRoot, "models", AttributionModel.EncoderSpec.FileName);

    private static AttributionModel Load()
    {
        using var fs = File.OpenRead(ModelPath);
        return AttributionModel.LoadEncoder(fs);
    }

    private static Document Encoded(string text, TransformerEncoder? encoder = null)
    {
        var doc = Document.Create(text);
        new EncoderAnalyzer(encoder ?? SharedEncoder.Shipped).Analyze(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Saving_and_loading_gives_the_same_relations()
    {
        var model = Load();
        Assert.True(model.UsesEncoder);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var again = AttributionModel.LoadEncoder(stream);
        var doc = Encoded(Text);
        var first = new AttributionExtractor(model).Extract(doc);
        static object Key(Attribution a) => (a.Source, a.Cue, string.Join(";", a.ContentParts), a.Kind, a.Confidence);
        Assert.Equal(first.Select(Key), new AttributionExtractor(again).Extract(doc).Select(Key));
        Assert.Contains(first, a => doc.Text[a.Cue.Start..a.Cue.End] == "said" && a.Source is { } s && doc.Text[s.Start..s.End] == "Rosa Lind, who chairs the transport committee");
    }

    [Fact]
    public void The_file_records_the_encoder_it_was_trained_with_and_says_how_to_retrain()
    {
        var content = ModelFile.Read(ModelPath, AttributionModel.EncoderSpec);
        Assert.Equal(SharedEncoder.Shipped.Identity.Key, content.TrainedWith[ModelDependencies.Encoder]);
        Assert.Contains("--encoder", content.Facts["command"]);
    }

    [Fact]
    public void The_fast_file_is_refused_as_an_encoder_model_and_reads_no_vectors()
    {
        var fastPath = Path.Combine(SharedData.RepoRoot, "models", AttributionModel.Spec.FileName);
        using (var fs = File.OpenRead(fastPath))
            Assert.Throws<InvalidDataException>(() => AttributionModel.LoadEncoder(fs));
        using var again = File.OpenRead(fastPath);
        var fast = new AttributionExtractor(AttributionModel.Load(again));
        Assert.Empty(fast.Requires);
        Assert.NotEmpty(fast.Extract(Document.Create(Text)));
    }

    [Fact]
    public void The_encoder_model_declares_the_token_vectors_it_reads_and_names_them_when_absent()
    {
        var extractor = new AttributionExtractor(Load());
        Assert.Equal([VectorLayers.Tokens], extractor.Requires);
        var ex = Assert.Throws<InvalidOperationException>(() => extractor.Extract(Document.Create(Text)));
        Assert.Contains("tokenVectors", ex.Message);
        Assert.Contains("accurate pipeline", ex.Message);
    }

    [Fact]
    public void Vectors_from_another_encoder_are_refused_naming_the_retrain_command()
    {
        var extractor = new AttributionExtractor(Load());
        var doc = Encoded(Text, SharedEncoder.Instance);
        Assert.NotEqual(SharedEncoder.Instance.Identity.Key, SharedEncoder.Shipped.Identity.Key);
        var ex = Assert.Throws<InvalidOperationException>(() => extractor.Extract(doc));
        Assert.Contains("newslens train attributions --encoder", ex.Message);
    }

    [Fact]
    public void Vectors_of_another_document_are_refused_naming_the_counts()
    {
        var extractor = new AttributionExtractor(Load());
        var other = Encoded("One short sentence.");
        var doc = Document.Create(Text);
        doc.SetSingle(VectorLayers.Tokens, other.GetSingle(VectorLayers.Tokens)!);
        var ex = Assert.Throws<InvalidOperationException>(() => extractor.Extract(doc));
        Assert.Contains($"one per token ({doc.Tokens.Count})", ex.Message);
    }
}
