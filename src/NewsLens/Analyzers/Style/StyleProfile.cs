namespace NewsLens.Analyzers.Style;

/// <summary>
/// The style profile of an article (layer <c>styleProfile</c>, one item): word and sentence counts and the named
/// features, core ones first in catalog order, then the optional ones that other layers made available.
/// </summary>
public sealed record StyleProfile(int WordCount, int SentenceCount, IReadOnlyList<StyleFeature> Features)
{
    /// <summary>Value of the named feature, or null when absent.</summary>
    public double? Value(string name)
    {
        foreach (var f in Features) if (f.Name == name) return f.Value;
        return null;
    }

    /// <summary>The core feature values in <see cref="StyleFeatureCatalog.Core"/> order.</summary>
    public double[] CoreVector()
    {
        var v = new double[StyleFeatureCatalog.Core.Count];
        for (int i = 0; i < v.Length; i++) v[i] = Features[i].Value;
        return v;
    }
}
