using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>Layers of the lean feature.</summary>
public static class LeanLayers
{
    /// <summary>One <see cref="ArticleLean"/> per article.</summary>
    public static readonly LayerKey<ArticleLean> Lean = new("lean");
}
