namespace NewsLens.FactChecks;

/// <summary>How <see cref="FactCheckMatcher"/> ranks.</summary>
public sealed record FactCheckMatcherOptions
{
    /// <summary>Candidates each first stage passes to the re-ranker (BM25's best and the vectors' best, merged).</summary>
    public int FirstStageDepth { get; init; } = 50;

    /// <summary>Weight of the BM25 share beside the claim cosine in the first-stage fusion (used without a re-ranker, and beyond its candidates).</summary>
    public float LexicalWeight { get; init; } = 0.3f;

    public void Validate()
    {
        if (FirstStageDepth < 1) throw new ArgumentOutOfRangeException(nameof(FirstStageDepth), FirstStageDepth, ">= 1");
        if (LexicalWeight < 0 || !float.IsFinite(LexicalWeight)) throw new ArgumentOutOfRangeException(nameof(LexicalWeight), LexicalWeight, ">= 0");
    }
}
