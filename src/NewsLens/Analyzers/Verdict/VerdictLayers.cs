using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>Layers of the verdict feature.</summary>
public static class VerdictLayers
{
    /// <summary>One <see cref="ArticleVerdict"/> per article.</summary>
    public static readonly LayerKey<ArticleVerdict> Verdict = new("verdict");
}
