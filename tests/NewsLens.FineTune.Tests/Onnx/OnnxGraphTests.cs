using NewsLens.FineTune.Bert;
using NewsLens.FineTune.Onnx;
using NewsLens.FineTune.Tests.Support;

namespace NewsLens.FineTune.Tests.Onnx;

public sealed class OnnxGraphTests
{
    [Fact]
    public void Every_anonymous_MatMul_weight_of_MiniLM_is_named_after_the_bias_added_to_its_product()
    {
        var graph = OnnxGraph.Parse(MiniLm.Weights.Model);
        var weights = BertWeights.FromOnnx(graph);
        Assert.Equal(6, weights.Layers);
        var anonymous = graph.Nodes.Where(n => n.OpType == "MatMul").SelectMany(n => n.Inputs).Where(graph.Initializers.ContainsKey).ToHashSet();
        Assert.Equal(36, anonymous.Count);
        string[] dense = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense"];
        var named = Enumerable.Range(0, 6).SelectMany(l => dense.Select(d => weights[$"encoder.layer.{l}.{d}.weight"].Name)).ToHashSet();
        Assert.Equal(anonymous, named);
        Assert.Equal([384, 1536], weights["encoder.layer.0.intermediate.dense.weight"].Dims);
    }

    [Fact]
    public void A_float_initializer_is_read_from_packed_float_data_and_a_truncated_message_is_refused()
    {
        // ModelProto { graph { initializer { dims: [2], data_type: FLOAT, float_data: [1.5, -2], name: "w" } } }
        byte[] tensor = [0x08, 0x02, 0x10, 0x01, 0x22, 0x08, 0, 0, 0xC0, 0x3F, 0, 0, 0, 0xC0, 0x42, 0x01, (byte)'w'];
        byte[] graph = [0x2A, (byte)tensor.Length, .. tensor];
        byte[] model = [0x08, 0x07, 0x3A, (byte)graph.Length, .. graph];
        var parsed = OnnxGraph.Parse(model);
        Assert.Equal([1.5f, -2f], parsed.Initializers["w"].Data);
        Assert.Equal([2L], parsed.Initializers["w"].Dims);
        Assert.Throws<InvalidDataException>(() => OnnxGraph.Parse(model.AsSpan(0, model.Length - 3)));
    }
}
