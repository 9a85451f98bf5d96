namespace NewsLens.Analyzers.Outlets;

/// <summary>A registry hit and how it was found: "domain", "parent-domain", "domain-label" (same name under another
/// public suffix, e.g. bbc.co.uk for bbc.com), "name" or "alias".</summary>
public sealed record OutletMatch(OutletRecord Outlet, string MatchedBy, string Query);
