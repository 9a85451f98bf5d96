using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>Layers written by <see cref="TechniqueTagger"/>.</summary>
public static class TechniqueLayers
{
    /// <summary>Technique spans, ordered by start then end; may overlap.</summary>
    public static readonly LayerKey<TechniqueSpan> Techniques = new("techniques");

    /// <summary>Single item: counts per technique for the article.</summary>
    public static readonly LayerKey<TechniqueTally> Tally = new("techniqueTally");
}
