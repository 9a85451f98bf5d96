using NewsLens.Encoders;
using NewsLens.FineTune.Bert;
using NewsLens.FineTune.Tests.Support;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Tests.Bert;

public sealed class LoraExportTests(ITestOutputHelper output)
{
    [Fact]
    public void Merged_adapters_given_to_ONNX_Runtime_from_an_override_file_reproduce_the_TorchSharp_encoder_within_1e_4()
    {
        manual_seed(7);
        using var encoder = BertEncoder.FromOnnx(MiniLm.Weights);
        encoder.AddLora(rank: 8, alpha: 16);
        // why: B starts at zero; a random B makes the adapters change the output, as training would
        using (no_grad())
            foreach (var (name, p) in encoder.named_parameters())
                if (name.EndsWith("lora_b", StringComparison.Ordinal)) p.normal_(0, 0.05);

        var path = Path.Combine(Path.GetTempPath(), $"newslens-overrides-{Guid.NewGuid():N}.nlm");
        var spec = EncoderWeightOverrides.Spec("test-overrides.nlm", "dotnet test");
        try
        {
            encoder.ExportOverrides(MiniLm.Weights).Write(path, spec);
            long size = new FileInfo(path).Length;
            output.WriteLine($"override file: {size:N0} bytes");
            Assert.True(size < EncoderWeightOverrides.MaxFileBytes);
            var overrides = EncoderWeightOverrides.Read(path, spec);
            Assert.Equal(12, overrides.Tensors.Count);

            var ids = MiniLm.Ids(MiniLm.Sentences);
            using var tuned = new TransformerEncoder(MiniLm.Weights, new EncoderOptions { IntraOpNumThreads = 1, WeightOverrides = overrides });
            Assert.Equal(overrides.Sha256, tuned.OverridesSha256);
            var onnx = tuned.RunPieces(ids);
            var (idTensor, mask) = MiniLm.Batch(ids);
            using var noGrad = no_grad();
            using var states = encoder.forward(idTensor, mask);
            double max = MiniLm.MaxDifference(onnx, states);
            double moved = MiniLm.MaxDifference(MiniLm.Onnx.RunPieces(ids), states);
            output.WriteLine($"LoRA: max |ORT+overrides - TorchSharp| = {max:E2}; vs the pretrained encoder {moved:E2}");
            Assert.True(max < 1e-4, $"max difference {max}");
            Assert.True(moved > 1e-2, $"the adapters should change the output, moved {moved}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Overrides_trained_from_another_model_file_are_refused()
    {
        var overrides = new EncoderWeightOverrides("all-MiniLM-L6-v2", new string('0', 64), new Dictionary<string, EncoderTensor>());
        var ex = Assert.Throws<InvalidDataException>(() => new TransformerEncoder(MiniLm.Weights, new EncoderOptions { WeightOverrides = overrides }));
        Assert.Contains("not from this model", ex.Message);
    }
}
