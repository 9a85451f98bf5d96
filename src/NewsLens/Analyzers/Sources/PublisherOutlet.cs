using NewsLens.Analyzers.Outlets;

namespace NewsLens.Analyzers.Sources;

/// <summary>
/// The publishing outlet's registry entry, found from the article's URL (or canonical URL) or site name. Third-party
/// ratings only: kept apart from every score NewsLens computes from the text.
/// </summary>
public sealed record PublisherOutlet(string Query, string MatchedBy, OutletRecord Outlet)
{
    /// <summary>The outlet's ratings in words ("questionable source (propaganda); low factual reporting").</summary>
    public string Category => Outlet.Category;
}
