namespace NewsLens.Analyzers.Outlets;

/// <summary>
/// One outlet in the registry, with ratings as published by their raters (never computed from article text).
/// <see cref="Factuality"/> is MBFC's factual-reporting rating (very-high, high, mostly-factual, mixed, low, very-low),
/// <see cref="Bias"/> MBFC's bias class (left ... right, or fake-news, conspiracy-pseudoscience, pro-science, satire),
/// <see cref="Credibility"/> MBFC's credibility; the Baly fields are the EMNLP 2018 / ACL 2020 dataset labels.
/// Empty strings are absent ratings. <see cref="Provenance"/> names the datasets the entry comes from.
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
    string ReviewUrl);
