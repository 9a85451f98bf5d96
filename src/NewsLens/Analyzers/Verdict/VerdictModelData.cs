using NewsLens.Analyzers.Style;

namespace NewsLens.Analyzers.Verdict;

/// <summary>The arrays and numbers of a <see cref="VerdictModel"/>; text arrays are indexed like <see cref="Terms"/>, style arrays like <see cref="StyleNames"/>.</summary>
internal sealed class VerdictModelData
{
    public required string[] Terms { get; init; }
    public required string[] StyleNames { get; init; }
    public required string[] OutletKeys { get; init; }
    /// <summary>Fingerprints of paragraphs that recurred across training articles (left out of the text features).</summary>
    public BoilerplateFilter Boilerplate { get; init; } = BoilerplateFilter.Empty;
    /// <summary>Inverse document frequency of each term in the training articles.</summary>
    public required float[] Idf { get; init; }
    public required float[] TextWeights { get; init; }
    /// <summary>Mean occurrences per training article.</summary>
    public required float[] TermMeanCount { get; init; }
    /// <summary>Mean and standard deviation of each style feature over all training articles (for z-scores).</summary>
    public required float[] StyleMean { get; init; }
    public required float[] StyleStd { get; init; }
    public required float[] StyleWeights { get; init; }
    /// <summary>Style means and deviations over the articles labelled not hyperpartisan (reliability-of-style reference).</summary>
    public required float[] MainstreamMean { get; init; }
    public required float[] MainstreamStd { get; init; }
    public required float[] HyperpartisanMean { get; init; }
    /// <summary>Per style feature, the weight of its excess over the mainstream reference in the reliability-of-style score (0 = unused).</summary>
    public required float[] ReliabilityWeights { get; init; }
    public required float Bias { get; init; }
    /// <summary>Factor applied to style z-scores so they weigh comparably with the unit-length text vector.</summary>
    public required float StyleScale { get; init; }
    public required double PlattA { get; init; }
    public required double PlattB { get; init; }
    /// <summary>Share of hyperpartisan articles in the training data (the prior the calibration reflects).</summary>
    public required double PositiveRate { get; init; }
    /// <summary>True when the model reads the metadata title's terms as separate <c>title:</c> features.</summary>
    public bool TitleFeatures { get; init; }
    public Dictionary<string, string> Facts { get; init; } = [];

    public void Validate()
    {
        int v = Terms.Length, s = StyleNames.Length;
        if (Idf.Length != v || TextWeights.Length != v || TermMeanCount.Length != v)
            throw new InvalidDataException("verdict model: text arrays differ in length from the vocabulary");
        if (StyleMean.Length != s || StyleStd.Length != s || StyleWeights.Length != s || MainstreamMean.Length != s
            || MainstreamStd.Length != s || HyperpartisanMean.Length != s || ReliabilityWeights.Length != s)
            throw new InvalidDataException("verdict model: style arrays differ in length from the style names");
        for (int i = 0; i < s; i++)
            if (StyleFeatureCatalog.IndexOf(StyleNames[i]) != i)
                throw new InvalidDataException($"verdict model: style feature {i} is '{StyleNames[i]}', this build expects '{(i < StyleFeatureCatalog.Core.Count ? StyleFeatureCatalog.Core[i].Name : "none")}'; retrain with `{VerdictModel.Spec.TrainCommand}`");
        if (s != StyleFeatureCatalog.Core.Count)
            throw new InvalidDataException($"verdict model has {s} style features, this build has {StyleFeatureCatalog.Core.Count}; retrain with `{VerdictModel.Spec.TrainCommand}`");
    }
}
