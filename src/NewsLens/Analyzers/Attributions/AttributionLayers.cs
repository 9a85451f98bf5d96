using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>Layers written by <see cref="AttributionExtractor"/>.</summary>
public static class AttributionLayers
{
    /// <summary>Every attribution relation found in the document, ordered by cue position.</summary>
    public static readonly LayerKey<Attribution> Attributions = new("attributions");

    /// <summary>Every quotation found by quote marks, with whether it closes.</summary>
    public static readonly LayerKey<Quotation> Quotations = new("quotations");
}
