namespace NewsLens.Store;

/// <summary>A stored article as story clustering and exports read it, with its article-level results.</summary>
/// <param name="Verdict">hyperpartisan probability; <paramref name="CheckWorthyClaims"/> counts claims of class check-worthy.</param>
public sealed record ArticleSummary(long Id, string? SourceId, string? Title, string Text, DateTimeOffset? Published, string? Outlet, string? Url, string? Story,
    string Pipeline, double? Verdict, string? Lean, int CheckWorthyClaims);
