namespace NewsLens.Store;

/// <summary>A stored article as story clustering and exports read it.</summary>
public sealed record ArticleSummary(long Id, string? SourceId, string? Title, string Text, DateTimeOffset? Published, string? Outlet, string? Url, string? Story);
