namespace NewsLens.Provenance;

/// <summary>Thresholds of <see cref="ProvenanceFinder"/>.</summary>
public sealed record ProvenanceOptions
{
    /// <summary>
    /// Least claim similarity for two claims to be the same claim. 0.5 was chosen on the spec cases of
    /// <c>tests/NewsLens.Tests/Provenance</c> : their four retellings of one claim scored 0.538, 0.820, 0.887 and 1.000, their four
    /// claims on the same topic that say another thing 0.137-0.360. No data set was used.
    /// </summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>Candidates per claim taken from BM25 before the similarity is computed.</summary>
    public int Candidates { get; init; } = 50;

    /// <summary>Same-claim echoes kept per article (the best ones).</summary>
    public int MaxEchoes { get; init; } = 50;

    /// <exception cref="ArgumentOutOfRangeException">when a value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MinSimilarity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinSimilarity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Candidates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEchoes, 1);
    }
}
