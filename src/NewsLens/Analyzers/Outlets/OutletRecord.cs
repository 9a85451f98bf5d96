namespace NewsLens.Analyzers.Outlets;

/// <summary>
/// One outlet in the registry, with ratings as published by their raters (never computed from article text).
/// <see cref="Factuality"/> is MBFC's factual-reporting rating (very-high, high, mostly-factual, mixed, low, very-low),
/// <see cref="Bias"/> MBFC's bias class (left ... right, or fake-news, conspiracy-pseudoscience, pro-science, satire),
/// <see cref="Credibility"/> MBFC's credibility; the Baly fields are the EMNLP 2018 / ACL 2020 dataset labels.
/// <see cref="Reasons"/> lists MBFC's reasons for a questionable rating as ';'-separated codes (propaganda;failed-fact-checks).
/// Empty strings are absent ratings. <see cref="Provenance"/> names the datasets the entry comes from. The <c>*Label</c>
/// properties give the same ratings in the words people use (<see cref="OutletLabels"/>); the codes stay as they are.
/// </summary>
public sealed record OutletRecord(
    string Domain,
    string Name,
    string Factuality,
    string Bias,
    string Credibility,
    string BalyFactuality,
    string BalyBias,
    string Provenance,
    string ReviewUrl,
    string Reasons = "")
{
    /// <summary>The bias class in words: "questionable source", "least biased", "satire", "left-center bias".</summary>
    public string BiasLabel => OutletLabels.Bias(Bias.Length > 0 ? Bias : BalyBias);

    /// <summary>The factual-reporting rating in words: "mostly factual reporting".</summary>
    public string FactualityLabel => OutletLabels.Factuality(Factuality.Length > 0 ? Factuality : BalyFactuality);

    /// <summary>The credibility rating in words: "low credibility".</summary>
    public string CredibilityLabel => OutletLabels.Credibility(Credibility);

    /// <summary>MBFC's reasons for a questionable rating in words ("failed fact checks"); empty when it gives none.</summary>
    public IReadOnlyList<string> ReasonLabels => OutletLabels.Reasons(Reasons);

    /// <summary>All of it in one line for reports (<see cref="OutletLabels.Describe"/>).</summary>
    public string Category => OutletLabels.Describe(this);
}
