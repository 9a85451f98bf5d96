using NewsLens.Text;

namespace NewsLens.Analyzers.Quantities;

/// <summary>The layer the quantity extractor writes.</summary>
public static class QuantityLayers
{
    /// <summary>Every quantity in the document, in text order, non-overlapping.</summary>
    public static readonly LayerKey<Quantity> Quantities = new("quantities");
}
