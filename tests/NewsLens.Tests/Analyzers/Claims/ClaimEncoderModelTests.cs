using NewsLens.Analyzers;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Encoders;
using NewsLens.Tests.Support;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Tests.Analyzers.Claims;

/// <summary>The accurate pipeline's check-worthiness model (claims.encoder.bin) and the scorer that reads it.</summary>
public sealed class ClaimEncoderModelTests
{
    private const string Article =
        "Good evening and welcome. The city hired 120 new police officers last year and crime fell by a third. " +
        "Thank you all for coming. Unemployment rose to 7 per cent in March, the highest rate since 2011.";

    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");
    private static readonly Lazy<ClaimModel> Hashed = new(() => ClaimModel.LoadFile(Path.Combine(Models, ClaimModel.Spec.FileName)));
    private static readonly EncoderIdentity Other = new("some-other-encoder", new string('a', 64));

    // A tiny model over 4-value vectors: the first column pushes the score up, the margin counts once.
    private static ClaimEncoderModel Tiny(bool context = false, string? stackedOn = null, string? encoderKey = null) => new(
        context ? [2, 0, 0, 0, 1, 0, 0, 0, -1, 0, 0, 0] : [2, 0, 0, 0], 4, context, [1, 1, 1], [-1, -0.5f, 0],
        new Dictionary<ClaimDomain, double> { [ClaimDomain.Transcript] = 0.3 }, encoderKey ?? Other.Key,
        stackedOn is null ? null : new Dictionary<string, string> { ["hashedModel"] = stackedOn });

    [Fact]
    public void A_saved_model_loads_with_the_same_weights_thresholds_and_encoder()
    {
        var model = Tiny(context: true);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var again = ClaimEncoderModel.Load(stream);
        Assert.Equal(model.Dense, again.Dense);
        Assert.Equal(model.Bias, again.Bias);
        Assert.Equal(0.3, again.Threshold(ClaimDomain.Transcript));
        Assert.Equal(0.5, again.Threshold(ClaimDomain.Tweet));
        Assert.Equal(Other.Key, again.EncoderKey);
        Assert.NotNull(again.Sha256);
        float[] v = [0.5f, 0.1f, 0, 0], w = [0, 1, 0, 0];
        Assert.Equal(model.Score(0.2, ClaimDomain.Transcript, v, w, v), again.Score(0.2, ClaimDomain.Transcript, v, w, v));
    }

    [Fact]
    public void The_score_is_the_logistic_of_bias_margin_and_vector_terms_and_tweets_read_no_neighbours()
    {
        var model = Tiny(context: true);
        float[] unit = [1, 0, 0, 0], previous = [1, 0, 0, 0], next = [2, 0, 0, 0];
        // transcript: -0.5 + 0.25 + 2 + 1 - 2 = 0.75
        Assert.Equal(1 / (1 + Math.Exp(-0.75)), model.Score(0.25, ClaimDomain.Transcript, unit, previous, next), 12);
        // tweet: 0 + 0.25 + 2 (neighbours ignored)
        Assert.Equal(1 / (1 + Math.Exp(-2.25)), model.Score(0.25, ClaimDomain.Tweet, unit, previous, next), 12);
        Assert.Throws<ArgumentException>(() => model.Score(0, ClaimDomain.Sentence, new float[3]));
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_naming_the_train_command()
    {
        using var stream = File.OpenRead(Path.Combine(Models, ClaimModel.Spec.FileName));
        var ex = Assert.Throws<InvalidDataException>(() => ClaimEncoderModel.Load(stream));
        Assert.Contains("claims", ex.Message);
    }

    [Fact]
    public void The_scorer_with_an_encoder_model_declares_the_sentence_vectors_it_reads()
    {
        Assert.DoesNotContain(VectorLayers.Sentences, new ClaimScorer(Hashed.Value).Requires);
        Assert.Contains(VectorLayers.Sentences, new ClaimScorer(Hashed.Value, Tiny()).Requires);
    }

    [Fact]
    public void Vectors_of_another_encoder_are_refused_with_a_message_naming_the_retrain_command()
    {
        var scorer = new ClaimScorer(Hashed.Value, Tiny(encoderKey: new string('b', 64)));
        var (doc, units) = ClaimDocuments.FromTexts(["Taxes rose 4 per cent.", "Thank you."]);
        var vectors = VectorTable.FromRows([new float[4], new float[4]], 4, Other);
        var ex = Assert.Throws<InvalidOperationException>(() => scorer.ScoreUnits(doc, units, ClaimDomain.Transcript, vectors));
        Assert.Contains("claims.encoder.bin", ex.Message);
        Assert.Contains("newslens train claims --encoder", ex.Message);

        var article = Document.Create(Article);
        new QuantityExtractor().Analyze(article, CancellationToken.None);
        article.SetSingle(VectorLayers.Sentences, VectorTable.FromRows([.. article.Sentences.Select(_ => new float[4])], 4, Other));
        Assert.Throws<InvalidOperationException>(() => scorer.Analyze(article, CancellationToken.None));
    }

    [Fact]
    public void An_encoder_scorer_without_unit_vectors_says_to_encode_the_units_first()
    {
        var scorer = new ClaimScorer(Hashed.Value, Tiny());
        var (doc, units) = ClaimDocuments.FromTexts(["Taxes rose 4 per cent."]);
        var ex = Assert.Throws<InvalidOperationException>(() => scorer.ScoreUnits(doc, units, ClaimDomain.Transcript));
        Assert.Contains("encode the units", ex.Message);
    }

    [Fact]
    public void A_model_stacked_on_another_claims_bin_is_refused()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new ClaimScorer(Hashed.Value, Tiny(stackedOn: new string('c', 64))));
        Assert.Contains("claims.bin", ex.Message);
        Assert.Contains("newslens train claims --encoder", ex.Message);
    }

    [Fact]
    public void The_shipped_model_matches_the_shipped_claims_bin_and_encoder()
    {
        var model = ClaimEncoderModel.LoadFile(Path.Combine(Models, ClaimEncoderModel.Spec.FileName));
        Assert.Equal(Hashed.Value.Sha256, model.HashedModelSha256);
        Assert.Equal(SharedEncoder.Shipped.Identity.Key, model.EncoderKey);
        Assert.Equal(SharedEncoder.Shipped.Dimension, model.Dimension);
        Assert.Contains("--encoder", model.Facts["command"]);
    }

    [Fact]
    public void In_the_accurate_pipeline_claims_with_figures_outrank_greetings()
    {
        var pipeline = NewsLensPipeline.Create(new EncoderAnalyzer(SharedEncoder.Shipped), new ModelDirectory(Models));
        var result = pipeline.Analyze(Article);
        Assert.Empty(result.Diagnostics);
        var doc = result.Document;
        var claims = doc.Get(ClaimLayers.Claims);
        Assert.Equal(doc.Sentences.Count, claims.Count);
        int Rank(string start) => claims.Single(c => doc[c.Span].StartsWith(start, StringComparison.Ordinal)).Rank;
        Assert.True(Rank("The city hired") < Rank("Good evening"));
        Assert.True(Rank("Unemployment rose") < Rank("Thank you"));
        Assert.Contains(result.Analyzers, a => a.Id == "newslens.claims.encoder.v1");
    }
}
