namespace NewsLens.FactChecks;

/// <summary>Which claims <see cref="FactCheckLinker"/> looks up and which matches it keeps.</summary>
public sealed record FactCheckLinkerOptions
{
    /// <summary>The most check-worthy claims looked up per article, by their rank.</summary>
    public int MaxClaims { get; init; } = 10;

    /// <summary>Matches kept per claim.</summary>
    public int MatchesPerClaim { get; init; } = 3;

    /// <summary>Lowest score kept: a re-ranker probability, or a fusion score with a lexical-only index.</summary>
    public double MinScore { get; init; } = 0.5;

    public void Validate()
    {
        if (MaxClaims < 1) throw new ArgumentOutOfRangeException(nameof(MaxClaims), MaxClaims, ">= 1");
        if (MatchesPerClaim < 1) throw new ArgumentOutOfRangeException(nameof(MatchesPerClaim), MatchesPerClaim, ">= 1");
        if (!double.IsFinite(MinScore)) throw new ArgumentOutOfRangeException(nameof(MinScore), MinScore, "a finite number");
    }
}
