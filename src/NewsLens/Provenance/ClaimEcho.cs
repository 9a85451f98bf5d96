using NewsLens.Text;

namespace NewsLens.Provenance;

/// <summary>An earlier article making the same claim: which claim of each, and how alike they are.</summary>
/// <param name="Other">The earlier article's store id.</param>
/// <param name="Span">The claim in this article.</param>
/// <param name="OtherSpan">The matching claim in the earlier article.</param>
/// <param name="OtherText">The earlier article's claim sentence.</param>
/// <param name="Score">Claim similarity in [0, 1] (<see cref="ClaimSimilarity"/>), 4 decimals.</param>
public sealed record ClaimEcho(long Other, TextSpan Span, TextSpan OtherSpan, string OtherText, double Score);

/// <summary>A stored article this one cites.</summary>
/// <param name="Other">The cited article's store id.</param>
/// <param name="By"><c>link</c> (a link to its canonical URL) or <c>outlet</c> (its outlet is named as a source, and they share a claim).</param>
/// <param name="Score">1 for a link; for an outlet, the best similarity of a shared claim.</param>
public sealed record Citation(long Other, string By, double Score);

/// <summary>Where an article's claims were made before, and which stored articles it cites; both in the other article's id order.</summary>
public sealed record ArticleProvenance(long Id, IReadOnlyList<ClaimEcho> SameClaims, IReadOnlyList<Citation> Cites);
