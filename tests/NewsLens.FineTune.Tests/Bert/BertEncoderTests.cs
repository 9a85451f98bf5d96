using NewsLens.FineTune.Bert;
using NewsLens.FineTune.Tests.Support;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Tests.Bert;

public sealed class BertEncoderTests(ITestOutputHelper output)
{
    [Fact]
    public void The_TorchSharp_encoder_reproduces_the_ONNX_last_hidden_state_within_1e_4_padding_included()
    {
        var ids = MiniLm.Ids(MiniLm.Sentences);
        Assert.NotEqual(ids[0].Length, ids[1].Length);
        var onnx = MiniLm.Onnx.RunPieces(ids);
        using var encoder = BertEncoder.FromOnnx(MiniLm.Weights);
        var (idTensor, mask) = MiniLm.Batch(ids);
        using var noGrad = no_grad();
        using var states = encoder.forward(idTensor, mask);
        Assert.Equal([3, ids[0].Length, 384], states.shape);
        double max = MiniLm.MaxDifference(onnx, states);
        output.WriteLine($"parity: max |ORT - TorchSharp| = {max:E2}");
        Assert.True(max < 1e-4, $"max difference {max}");
    }

    [Fact]
    public void Adapters_go_on_query_and_value_of_every_layer_and_are_the_only_trainable_weights()
    {
        using var encoder = BertEncoder.FromOnnx(MiniLm.Weights);
        Assert.DoesNotContain(encoder.parameters(), p => p.requires_grad);
        encoder.AddLora(rank: 8, alpha: 16);
        var trainable = encoder.named_parameters().Where(p => p.parameter.requires_grad).Select(p => p.name).ToArray();
        Assert.Equal(6 * 2 * 2, trainable.Length);
        Assert.All(trainable, n => Assert.Matches(@"\.(query|value)\.lora_[ab]$", n));
        var merged = encoder.MergedAdapterWeights();
        Assert.Equal(12, merged.Count);
        foreach (var (_, weight) in merged) weight.Dispose();
    }
}
