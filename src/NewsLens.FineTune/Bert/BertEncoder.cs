using NewsLens.Encoders;
using NewsLens.FineTune.Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Bert;

/// <summary>
/// A BERT encoder in TorchSharp, rebuilt from the initializers of its ONNX export so that it computes the same
/// <c>last_hidden_state</c> as ONNX Runtime: embeddings (word + position + token type, LayerNorm), then post-LayerNorm
/// layers of self-attention and GELU feed-forward. Every pretrained weight is frozen; <see cref="AddLora"/> adds the only
/// trainable parameters. Not thread-safe.
/// </summary>
public sealed class BertEncoder : nn.Module<Tensor, Tensor, Tensor>
{
    // why: the value the HuggingFace export multiplies (1 - mask) by; softmax gives padding exactly zero weight with it
    private const float MaskedScore = -10000f;

    private readonly Parameter word_embeddings, position_embeddings, token_type_embeddings, embedding_norm_weight, embedding_norm_bias;
    private readonly ModuleList<BertLayer> layers;

    public BertEncoder(BertWeights weights, int heads = 12) : base("bert")
    {
        ArgumentNullException.ThrowIfNull(weights);
        word_embeddings = BertLayer.Frozen(weights["embeddings.word_embeddings.weight"]);
        position_embeddings = BertLayer.Frozen(weights["embeddings.position_embeddings.weight"]);
        token_type_embeddings = BertLayer.Frozen(weights["embeddings.token_type_embeddings.weight"]);
        embedding_norm_weight = BertLayer.Frozen(weights["embeddings.LayerNorm.weight"]);
        embedding_norm_bias = BertLayer.Frozen(weights["embeddings.LayerNorm.bias"]);
        layers = nn.ModuleList([.. Enumerable.Range(0, weights.Layers).Select(i => new BertLayer(weights, i, heads))]);
        Hidden = (int)word_embeddings.shape[1];
        RegisterComponents();
    }

    /// <summary>Width of every word piece's state (384 for MiniLM).</summary>
    public int Hidden { get; }

    /// <summary>Reads the all-MiniLM-L6-v2 ONNX model of <paramref name="weights"/> (about 1 s).</summary>
    public static BertEncoder FromOnnx(EncoderWeights weights) =>
        new(BertWeights.FromOnnx(OnnxGraph.Parse(weights.Model)));

    /// <summary>Adds a rank-<paramref name="rank"/> adapter to the <paramref name="targets"/> of every layer, drawn from <paramref name="generator"/> (or the global one).</summary>
    public void AddLora(int rank, double alpha, LoraTargets targets = LoraTargets.QueryValue, Generator? generator = null)
    {
        foreach (var dense in Dense(targets)) dense.AddAdapter(rank, alpha, generator);
    }

    /// <summary>Merged weights (ONNX layout, <c>[in, out]</c>) of every dense layer that has an adapter, by ONNX initializer name.</summary>
    public IReadOnlyList<(string OnnxName, Tensor Weight)> MergedAdapterWeights() =>
        [.. Dense(LoraTargets.All).Where(d => d.HasAdapter).Select(d => (d.OnnxName, d.MergedWeight()))];

    /// <summary>
    /// The merged weights of every adapted layer, as overrides of <paramref name="weights"/>' ONNX initializers: what
    /// <see cref="NewsLens.Encoders.TransformerEncoder"/> needs (<see cref="EncoderOptions.WeightOverrides"/>) to compute what this
    /// encoder computes, with ONNX Runtime only.
    /// </summary>
    public EncoderWeightOverrides ExportOverrides(EncoderWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var tensors = new Dictionary<string, EncoderTensor>(StringComparer.Ordinal);
        foreach (var (name, merged) in MergedAdapterWeights())
            using (merged)
                tensors[name] = new EncoderTensor(merged.shape, merged.data<float>().ToArray());
        return new EncoderWeightOverrides(weights.Name, weights.Sha256, tensors);
    }

    /// <param name="ids">word-piece ids, int64 [batch, length]</param>
    /// <param name="mask">1 for a real piece, 0 for padding, int64 [batch, length]</param>
    /// <returns>last_hidden_state, float32 [batch, length, hidden]</returns>
    public override Tensor forward(Tensor ids, Tensor mask)
    {
        using var scope = NewDisposeScope();
        long length = ids.shape[1];
        var positions = arange(length, dtype: ScalarType.Int64);
        var embedded = word_embeddings.index_select(0, ids.flatten()).view(ids.shape[0], length, Hidden)
            .add(token_type_embeddings[0])
            .add_(position_embeddings.index_select(0, positions));
        var hidden = BertLayer.Norm(embedded, embedding_norm_weight, embedding_norm_bias);
        var maskBias = (1 - mask.to_type(ScalarType.Float32)).mul_(MaskedScore).view(ids.shape[0], 1, 1, length);
        foreach (var layer in layers) hidden = layer.forward(hidden, maskBias);
        return hidden.MoveToOuterDisposeScope();
    }

    private IEnumerable<LoraLinear> Dense(LoraTargets targets) =>
        layers.SelectMany(l => l.Dense()).Where(d => (targets & d.Target) != 0).Select(d => d.Dense);
}
