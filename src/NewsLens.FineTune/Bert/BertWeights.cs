using NewsLens.FineTune.Onnx;

namespace NewsLens.FineTune.Bert;

/// <summary>
/// A BERT's float initializers under their HuggingFace names (<c>encoder.layer.0.attention.self.query.weight</c>), read
/// from an ONNX export. The exporter leaves the biases and LayerNorm weights named but gives every MatMul weight an
/// anonymous name (<c>927</c>, <c>onnx::MatMul_788</c>) and stores it transposed, <c>[in, out]</c>; such a weight is
/// named after the bias that the Add following its MatMul adds. Each entry keeps its ONNX name, so weights changed by
/// fine-tuning can be handed back to ONNX Runtime under the name the graph knows.
/// </summary>
public sealed class BertWeights
{
    private readonly Dictionary<string, OnnxTensor> _byName;

    private BertWeights(Dictionary<string, OnnxTensor> byName, int layers)
    {
        _byName = byName;
        Layers = layers;
    }

    public int Layers { get; }

    /// <summary>The tensor under its HuggingFace name; MatMul weights keep the ONNX layout <c>[in, out]</c>.</summary>
    /// <exception cref="InvalidDataException">when the model has no such weight.</exception>
    public OnnxTensor this[string name] =>
        _byName.TryGetValue(name, out var t) ? t : throw new InvalidDataException($"the ONNX model has no weight '{name}'");

    public static BertWeights FromOnnx(OnnxGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var byName = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in graph.Initializers) byName[name] = tensor;
        var consumers = graph.Nodes.SelectMany(n => n.Inputs.Select(i => (Input: i, Node: n))).ToLookup(x => x.Input, x => x.Node);
        foreach (var matMul in graph.Nodes.Where(n => n.OpType == "MatMul"))
        {
            var weight = matMul.Inputs.FirstOrDefault(graph.Initializers.ContainsKey);
            if (weight is null || weight.EndsWith(".weight", StringComparison.Ordinal)) continue;
            var add = consumers[matMul.Outputs[0]].SingleOrDefault(n => n.OpType == "Add")
                ?? throw new InvalidDataException($"MatMul weight '{weight}' is not followed by the Add of a bias");
            var bias = add.Inputs.SingleOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && graph.Initializers.ContainsKey(i))
                ?? throw new InvalidDataException($"the Add after MatMul weight '{weight}' adds no named bias");
            byName[bias[..^".bias".Length] + ".weight"] = graph.Initializers[weight];
        }
        int layers = 0;
        while (byName.ContainsKey($"encoder.layer.{layers}.attention.self.query.weight")) layers++;
        if (layers == 0) throw new InvalidDataException("the ONNX model holds no BERT encoder layer");
        return new BertWeights(byName, layers);
    }
}
