using NewsLens.Text;

namespace NewsLens.Vectors;

/// <summary>
/// The layers a shared transformer encoder writes, once per article, for every head that reads them. Each holds one
/// <see cref="VectorTable"/>. They are working layers: reports leave them out.
/// </summary>
public static class VectorLayers
{
    /// <summary>One row per <see cref="Document.Tokens"/> entry.</summary>
    public static readonly LayerKey<VectorTable> Tokens = new("tokenVectors", reported: false);

    /// <summary>One unit row per <see cref="Document.Sentences"/> entry (all zeros for a sentence without tokens).</summary>
    public static readonly LayerKey<VectorTable> Sentences = new("sentenceVectors", reported: false);

    /// <summary>
    /// The layer <paramref name="key"/> of <paramref name="document"/> for a model whose heads were trained on the encoder
    /// <paramref name="encoderKey"/> (null: any encoder).
    /// </summary>
    /// <param name="document">the analysed document.</param>
    /// <param name="key">the vector layer the model reads.</param>
    /// <param name="model">what reads it, for the message ("this techniques model").</param>
    /// <param name="encoderKey">the <see cref="EncoderIdentity.Key"/> the model records.</param>
    /// <param name="spec">the model file's spec: its name and the command that retrains it.</param>
    /// <exception cref="InvalidOperationException">when the layer is missing (run the encoder first) or was written by
    /// another encoder (the message names both encoders and the retrain command).</exception>
    public static VectorTable Require(Document document, LayerKey<VectorTable> key, string model, string? encoderKey, Models.ModelSpec spec)
    {
        var table = document.Has(key) ? document.GetSingle(key)!
            : throw new InvalidOperationException($"{model} reads the '{key.Name}' layer; run the encoder first (the accurate pipeline)");
        return Require(table, encoderKey, spec);
    }

    /// <summary>
    /// <paramref name="table"/>, checked to come from the encoder <paramref name="encoderKey"/> (null: any encoder): for
    /// vectors computed outside a document's layers, such as one per transcript line.
    /// </summary>
    /// <exception cref="InvalidOperationException">when another encoder wrote the vectors (the message names both encoders and the retrain command).</exception>
    public static VectorTable Require(VectorTable table, string? encoderKey, Models.ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (encoderKey is not null && table.Source.Key != encoderKey)
            throw new InvalidOperationException($"{spec.FileName} was trained on encoder {Short(encoderKey)}, but the vectors come from {Short(table.Source.Key)}; retrain it with `{spec.TrainCommand}`");
        return table;
    }

    // An encoder key with each SHA-256 cut to 12 digits.
    private static string Short(string key) => string.Join("+", key.Split('+').Select(k => k.Length > 12 ? k[..12] + "..." : k));
}
