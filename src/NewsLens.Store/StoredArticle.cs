namespace NewsLens.Store;

/// <summary>
/// One analysed article ready to store: its identity (<see cref="RecordKey"/>: canonical input path and record), the
/// de-duplication keys, the text, the report without text and layers (<see cref="ReportShell"/>), each layer apart, and
/// the facets search filters on. Built by <see cref="StoredArticles.From"/>; immutable.
/// </summary>
public sealed record StoredArticle
{
    public required string RecordKey { get; init; }
    /// <summary>The pipeline that analysed it (<c>fast</c>, <c>accurate</c>): reanalysis compares layers within one pipeline.</summary>
    public required string Pipeline { get; init; }
    public string? SourceId { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
    /// <summary>The canonical URL (<see cref="DedupKeys.CanonicalUrl"/>), or null when the article has none.</summary>
    public string? UrlKey { get; init; }
    /// <summary>SHA-256 of the normalised text (<see cref="DedupKeys.TextHash"/>).</summary>
    public required byte[] TextHash { get; init; }
    public required string Text { get; init; }
    /// <summary>The report's JSON (compact) with an empty <c>text</c> and empty <c>layers</c>; the store puts them back.</summary>
    public required string ReportShell { get; init; }
    public required IReadOnlyList<StoredLayer> Layers { get; init; }
    public required ArticleFacets Facets { get; init; }
}

/// <summary>One layer's items as compact JSON, with the analyzer that wrote it; <see cref="Order"/> is its place in the report.</summary>
public sealed record StoredLayer(string Name, int Order, string Analyzer, string Version, string? ModelSha256, string Json);

/// <summary>What search filters read, taken from the typed layers at ingest.</summary>
/// <param name="Verdict">hyperpartisan probability, when the verdict layer exists.</param>
/// <param name="CheckWorthyClaims">claims of class check-worthy.</param>
/// <param name="Speakers">speaker names of the attributions, lower case, distinct.</param>
public sealed record ArticleFacets(double? Verdict, string? Lean, int CheckWorthyClaims, IReadOnlyList<string> Techniques, IReadOnlyList<string> Speakers)
{
    public static ArticleFacets None { get; } = new(null, null, 0, [], []);
}
