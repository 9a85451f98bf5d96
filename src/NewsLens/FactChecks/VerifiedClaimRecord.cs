namespace NewsLens.FactChecks;

/// <summary>
/// One record read from a fact-check file: the claim, or the problem that made the record unusable. Readers yield a
/// failed record and go on, so one bad record never stops a batch.
/// </summary>
/// <param name="Where">The record's place in its input (<c>claims.tsv line 12</c>, <c>reviews.json item 3</c>).</param>
/// <param name="Claim">The claim, when the record was good.</param>
/// <param name="Error">What was wrong, when it was not.</param>
public sealed record VerifiedClaimRecord(string Where, VerifiedClaim? Claim, string? Error)
{
    public static VerifiedClaimRecord Good(string where, VerifiedClaim claim) => new(where, claim, null);

    public static VerifiedClaimRecord Bad(string where, string error) => new(where, null, error);
}
