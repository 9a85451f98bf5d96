using NewsLens.Encoders;

namespace NewsLens.Tests.Encoders;

public sealed class EncoderWeightOverridesTests
{
    private const string Bias = "encoder.layer.0.attention.self.query.bias";
    private static readonly string[] Texts = ["The council met on Tuesday."];

    private static EncoderWeightOverrides Overrides(string name, float value, int length = 384) =>
        new(SharedEncoder.Instance.ModelName, SharedEncoder.Instance.Sha256,
            new Dictionary<string, EncoderTensor> { [name] = new([length], Enumerable.Repeat(value, length).ToArray()) });

    [Fact]
    public void Overrides_round_trip_through_a_model_file_with_their_shapes_facts_and_the_files_hash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-overrides-{Guid.NewGuid():N}.nlm");
        var spec = EncoderWeightOverrides.Spec("overrides.nlm", "newslens finetune test");
        try
        {
            var written = Overrides(Bias, 0.25f);
            written.Facts["data"] = "one sentence we wrote";
            written.Write(path, spec);
            var read = EncoderWeightOverrides.Read(path, spec);
            Assert.Equal("one sentence we wrote", read.Facts["data"]);
            Assert.Equal([384L], read.Tensors[Bias].Shape);
            Assert.All(read.Tensors[Bias].Data, v => Assert.Equal(0.25f, v));
            Assert.Equal(SharedEncoder.Instance.Sha256, read.BaseSha256);
            Assert.Matches("^[0-9a-f]{64}$", read.Sha256!);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_tensor_whose_values_do_not_fill_its_shape_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EncoderWeightOverrides("m", "sha",
            new Dictionary<string, EncoderTensor> { ["w"] = new([2, 3], new float[5]) }));
    }

    [Fact]
    public void An_overridden_weight_changes_what_the_encoder_computes()
    {
        using var tuned = new TransformerEncoder(EncoderWeights.LoadMiniLm(),
            new EncoderOptions { IntraOpNumThreads = 1, WeightOverrides = Overrides(Bias, 1f) });
        var before = SharedEncoder.Instance.EncodeTexts(Texts)[0];
        var after = tuned.EncodeTexts(Texts)[0];
        Assert.True(VectorMath.Cosine(before, after) < 0.999f);
    }

    [Fact]
    public void An_override_naming_no_initializer_or_of_another_shape_is_refused_rather_than_ignored()
    {
        var weights = EncoderWeights.LoadMiniLm();
        var unknown = Assert.Throws<InvalidDataException>(() => new TransformerEncoder(weights, new EncoderOptions { WeightOverrides = Overrides("no.such.weight", 1f) }));
        Assert.Contains("no.such.weight", unknown.Message);
        var shape = Assert.Throws<InvalidDataException>(() => new TransformerEncoder(weights, new EncoderOptions { WeightOverrides = Overrides(Bias, 1f, length: 383) }));
        Assert.Contains("[383]", shape.Message);
    }
}
