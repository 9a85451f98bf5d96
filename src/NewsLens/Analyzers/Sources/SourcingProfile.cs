namespace NewsLens.Analyzers.Sources;

/// <summary>
/// How an article sources itself. <see cref="AttributedShare"/> is the share of the text's non-space characters that
/// lie in attributed content, in [0, 1]. Named/anonymous counts are over attributions with a source. Outlet ratings are
/// copied from the registry and are not text-based scores.
/// </summary>
public sealed record SourcingProfile(
    double AttributedShare,
    int Attributions,
    int Direct,
    int Indirect,
    int Mixed,
    int Block,
    int NamedAttributions,
    int AnonymousAttributions,
    int WithoutSource,
    int DistinctSources,
    IReadOnlyList<CitedOutlet> OutletsCited,
    int LinksOut,
    int LinksToRatedOutlets,
    int HedgedCitations);

/// <summary>An outlet the article cites, with its registry ratings (codes, and <see cref="Category"/> in words) and how many
/// times it is mentioned or linked.</summary>
public sealed record CitedOutlet(string Name, string Domain, string Factuality, string Bias, int Mentions, int Links, string Category = "");
