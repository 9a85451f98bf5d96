using NewsLens.Analyzers.Techniques;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Tests.Encoders;
using NewsLens.Tests.Support;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Tests.Analyzers.Techniques;

/// <summary>The shipped encoder model of the techniques layer: its file contract and what it reads.</summary>
public sealed class EncoderTechniqueModelTests
{
    private const string Text =
        "These corrupt traitors have betrayed every honest family in this great nation! Will we let them get away with it?\n\n" +
        "The council met on Tuesday and approved the budget by six votes to three.";

    private static string ModelPath => Path.Combine(SharedData.RepoRoot, "models", TechniqueModel.EncoderSpec.FileName);

    private static Document Encoded(string text)
    {
        var doc = Document.Create(text);
        new EncoderAnalyzer(SharedEncoder.Shipped).Analyze(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Saving_and_loading_gives_the_same_spans_techniques_and_confidences()
    {
        var model = TechniqueModel.Load(ModelPath);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var again = TechniqueModel.LoadEncoder(stream);
        var doc = Encoded(Text);
        Assert.Equal(model.Tag(doc), again.Tag(doc));
        Assert.NotEmpty(model.Tag(doc));
    }

    [Fact]
    public void The_file_records_the_encoder_it_was_trained_with_and_says_how_to_retrain()
    {
        var content = ModelFile.Read(ModelPath, TechniqueModel.EncoderSpec);
        Assert.Equal(SharedEncoder.Shipped.Identity.Key, content.TrainedWith[ModelDependencies.Encoder]);
        Assert.Contains("--encoder", content.Facts["command"]);
    }

    [Fact]
    public void The_loaded_fast_file_is_not_mistaken_for_the_encoder_one()
    {
        var fast = TechniqueModel.Load(Path.Combine(SharedData.RepoRoot, "models", TechniqueModel.Spec.FileName));
        Assert.False(fast.UsesEncoder);
        Assert.NotEmpty(fast.Tag(Document.Create(Text)));
    }

    [Fact]
    public void Vectors_for_another_document_are_refused_naming_the_counts()
    {
        var other = Encoded("One short sentence.");
        var doc = Document.Create(Text);
        var ex = Assert.Throws<ArgumentException>(() => new ArticleFeatures(doc, other.GetSingle(VectorLayers.Tokens), other.GetSingle(VectorLayers.Sentences)));
        Assert.Contains("token vectors for", ex.Message);
    }

    [Fact]
    public void Vectors_from_another_encoder_are_refused_naming_the_retrain_command()
    {
        var model = TechniqueModel.Load(ModelPath);
        var encoded = Encoded(Text);
        var tuned = SharedEncoder.Shipped.Identity with { OverridesSha256 = new string('a', 64) };
        var doc = Document.Create(Text);
        var tokens = encoded.GetSingle(VectorLayers.Tokens)!;
        var sentences = encoded.GetSingle(VectorLayers.Sentences)!;
        doc.SetSingle(VectorLayers.Tokens, Copy(tokens, tuned));
        doc.SetSingle(VectorLayers.Sentences, Copy(sentences, tuned));
        var ex = Assert.Throws<InvalidOperationException>(() => model.Tag(doc));
        Assert.Contains("newslens train techniques --encoder", ex.Message);
        Assert.Contains("aaaaaaaaaaaa...", ex.Message);
    }

    [Fact]
    public void The_pretrained_encoders_vectors_are_refused_since_the_heads_read_the_fine_tuned_one()
    {
        var model = TechniqueModel.Load(ModelPath);
        var doc = Document.Create(Text);
        new EncoderAnalyzer(SharedEncoder.Instance).Analyze(doc, CancellationToken.None);
        Assert.NotEqual(SharedEncoder.Instance.Identity.Key, SharedEncoder.Shipped.Identity.Key);
        Assert.Throws<InvalidOperationException>(() => model.Tag(doc));
    }

    private static VectorTable Copy(VectorTable t, EncoderIdentity source)
    {
        var values = new float[t.Count * t.Dimension];
        for (int i = 0; i < t.Count; i++) t[i].CopyTo(values.AsSpan(i * t.Dimension));
        return new VectorTable(values, t.Dimension, source);
    }
}
