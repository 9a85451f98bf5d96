namespace NewsLens.Store;

/// <summary>One search result. <see cref="Rank"/> is BM25 (lower is better; 0 without a query); the snippet marks matches with [ ].</summary>
public sealed record SearchHit(long Id, string? Title, string? Outlet, DateTimeOffset? Published, string? Url, double? Verdict, string? Lean, double Rank, string Snippet);
