namespace NewsLens.FactChecks;

/// <summary>
/// A claim a fact-checker has already verified: the claim as worded by the fact-check, its verdict and where it is
/// published. Immutable. Only <see cref="Id"/> and <see cref="Text"/> are required (CheckThat! files carry no verdict).
/// </summary>
/// <param name="Id">Unique within an index (the TSV's <c>vclaim_id</c>, else the review's URL, else a running number).</param>
/// <param name="Text">The claim reviewed (<c>claimReviewed</c>, or the TSV's <c>vclaim</c>).</param>
/// <param name="Title">The fact-check article's headline, when known.</param>
/// <param name="Verdict">The rating as the fact-checker wrote it (<c>reviewRating.alternateName</c>, e.g. "False").</param>
/// <param name="Url">The fact-check's address.</param>
/// <param name="Publisher">Who published the review (<c>author.name</c>).</param>
/// <param name="Published">The review's date as given (<c>datePublished</c>), not parsed.</param>
public sealed record VerifiedClaim(
    string Id,
    string Text,
    string? Title = null,
    string? Verdict = null,
    string? Url = null,
    string? Publisher = null,
    string? Published = null)
{
    /// <summary>Longest claim text kept (characters); longer records are refused by the readers.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Longest id, title, verdict, publisher or date (characters).</summary>
    public const int MaxFieldLength = 2_000;

    /// <summary>Longest URL (characters).</summary>
    public const int MaxUrlLength = 8_192;

    /// <summary>The problem with this record's fields, or null when it is valid.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Id)) return "no id";
        if (string.IsNullOrWhiteSpace(Text)) return "no claim text";
        if (Text.Length > MaxTextLength) return $"claim text over {MaxTextLength:N0} characters";
        if (Url is { Length: > MaxUrlLength }) return $"URL over {MaxUrlLength:N0} characters";
        foreach (var (name, value) in new[] { ("id", Id), ("title", Title), ("verdict", Verdict), ("publisher", Publisher), ("date", Published) })
            if (value is { Length: > MaxFieldLength }) return $"{name} over {MaxFieldLength:N0} characters";
        return null;
    }
}
