namespace NewsLens.Store;

/// <summary>
/// A search: words to match (all of them, stemmed; a "quoted phrase" matches as a phrase) and filters, each optional.
/// Verdict bounds are hyperpartisan probabilities in [0, 1], inclusive; dates are inclusive.
/// </summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";
    public string? Outlet { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Technique { get; init; }
    public string? Lean { get; init; }
    public double? VerdictMin { get; init; }
    public double? VerdictMax { get; init; }
    public bool HasClaim { get; init; }
    public string? QuoteBy { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>Hits to skip before the first one returned, for paging (0: from the best hit).</summary>
    public int Offset { get; init; }

    /// <summary>
    /// When more articles than this match the words, BM25 ranks the newest this many matches (by store id), widened
    /// eightfold while filters leave fewer than <see cref="Limit"/> hits; 0 ranks every match. Bounds a broad query's
    /// cost: FTS5 scores every match it ranks.
    /// </summary>
    public int RankWindow { get; init; } = 5_000;
}
