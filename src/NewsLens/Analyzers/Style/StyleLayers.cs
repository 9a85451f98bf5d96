using NewsLens.Text;

namespace NewsLens.Analyzers.Style;

/// <summary>Layers of the style feature.</summary>
public static class StyleLayers
{
    /// <summary>One <see cref="StyleProfile"/> per article.</summary>
    public static readonly LayerKey<StyleProfile> Profile = new("styleProfile");
}
