using NewsLens.Text;

namespace NewsLens.Provenance;

/// <summary>
/// What provenance reads of one stored article: its id and date (to tell earlier from later), its outlet and canonical
/// URL (to find the articles that cite it), its check-worthy claims, and what it cites: canonical URLs of its links and
/// the names of the outlets it names as sources.
/// </summary>
/// <param name="Id">The store id; among undated articles, a smaller id is earlier.</param>
/// <param name="Published">Publication time, when known.</param>
/// <param name="Outlet">The publishing outlet's name or domain, when known.</param>
/// <param name="UrlKey">The canonical URL, when known.</param>
/// <param name="Claims">The check-worthy claim sentences: span into the article's text and the sentence.</param>
/// <param name="CitedUrls">Canonical URLs the article links to.</param>
/// <param name="CitedOutlets">Names of the outlets the article cites as sources.</param>
public sealed record ProvenanceArticle(
    long Id,
    DateTimeOffset? Published,
    string? Outlet,
    string? UrlKey,
    IReadOnlyList<ProvenanceClaim> Claims,
    IReadOnlyList<string> CitedUrls,
    IReadOnlyList<string> CitedOutlets)
{
    /// <summary>
    /// True when this article came before <paramref name="other"/>: by date when both are dated, by store id (the order
    /// they were stored in) otherwise or on a tie.
    /// </summary>
    public bool IsBefore(ProvenanceArticle other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Published is { } a && other.Published is { } b && a != b) return a < b;
        return Id < other.Id;
    }
}

/// <summary>One check-worthy claim sentence of an article.</summary>
public sealed record ProvenanceClaim(TextSpan Span, string Text);
