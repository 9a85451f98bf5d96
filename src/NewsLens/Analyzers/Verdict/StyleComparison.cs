namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// One row of the style-profile-versus-corpus table: the article's value and the training averages (all articles,
/// articles not hyperpartisan, hyperpartisan articles), and its z-score against the not-hyperpartisan articles.
/// </summary>
public sealed record StyleComparison(
    string Feature, string Description, double Value, double CorpusAverage, double MainstreamAverage,
    double HyperpartisanAverage, double MainstreamZ);
