using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Bert;

/// <summary>One post-LayerNorm BERT encoder layer: multi-head self-attention, then a GELU feed-forward block.</summary>
public sealed class BertLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly LoraLinear query, key, value, attention_output, intermediate, output;
    private readonly Parameter attention_norm_weight, attention_norm_bias, output_norm_weight, output_norm_bias;
    private readonly int _heads;

    public BertLayer(BertWeights weights, int index, int heads) : base($"layer{index}")
    {
        string p = $"encoder.layer.{index}.";
        LoraLinear Dense(string name, string prefix) => new(name, weights[prefix + ".weight"], weights[prefix + ".bias"]);
        query = Dense(nameof(query), p + "attention.self.query");
        key = Dense(nameof(key), p + "attention.self.key");
        value = Dense(nameof(value), p + "attention.self.value");
        attention_output = Dense(nameof(attention_output), p + "attention.output.dense");
        intermediate = Dense(nameof(intermediate), p + "intermediate.dense");
        output = Dense(nameof(output), p + "output.dense");
        attention_norm_weight = Frozen(weights[p + "attention.output.LayerNorm.weight"]);
        attention_norm_bias = Frozen(weights[p + "attention.output.LayerNorm.bias"]);
        output_norm_weight = Frozen(weights[p + "output.LayerNorm.weight"]);
        output_norm_bias = Frozen(weights[p + "output.LayerNorm.bias"]);
        _heads = heads;
        RegisterComponents();
    }

    internal IEnumerable<(LoraTargets Target, LoraLinear Dense)> Dense()
    {
        yield return (LoraTargets.Query, query);
        yield return (LoraTargets.Key, key);
        yield return (LoraTargets.Value, value);
        yield return (LoraTargets.AttentionOutput, attention_output);
        yield return (LoraTargets.Intermediate, intermediate);
        yield return (LoraTargets.Output, output);
    }

    /// <param name="hidden">[batch, length, hidden]</param>
    /// <param name="maskBias">[batch, 1, 1, length]: 0 for a real piece, a large negative number for padding.</param>
    public override Tensor forward(Tensor hidden, Tensor maskBias)
    {
        using var scope = NewDisposeScope();
        long batch = hidden.shape[0], length = hidden.shape[1], width = hidden.shape[2], headWidth = width / _heads;
        Tensor Heads(Tensor x) => x.view(batch, length, _heads, headWidth).transpose(1, 2);
        var q = Heads(query.forward(hidden));
        var k = Heads(key.forward(hidden));
        var v = Heads(value.forward(hidden));
        var scores = q.matmul(k.transpose(-1, -2)).div_(Math.Sqrt(headWidth)).add_(maskBias);
        var context = scores.softmax(-1).matmul(v).transpose(1, 2).reshape(batch, length, width);
        var attended = Norm(attention_output.forward(context).add_(hidden), attention_norm_weight, attention_norm_bias);
        var fed = output.forward(nn.functional.gelu(intermediate.forward(attended)));
        return Norm(fed.add_(attended), output_norm_weight, output_norm_bias).MoveToOuterDisposeScope();
    }

    internal static Tensor Norm(Tensor x, Tensor weight, Tensor bias) =>
        nn.functional.layer_norm(x, [x.shape[^1]], weight, bias, eps: 1e-12);

    internal static Parameter Frozen(Onnx.OnnxTensor t) => new(tensor(t.Data, t.Dims), requires_grad: false);
}
