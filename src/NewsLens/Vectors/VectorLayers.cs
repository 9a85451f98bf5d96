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
}
