namespace NewsLens.FactChecks;

/// <summary>
/// The features the re-ranker reads for one (query, verified claim) pair. The order is part of the model file: the
/// re-ranker stores <see cref="Names"/> and refuses a file listing others.
/// </summary>
public static class MatchFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "bm25_share",       // BM25 over the query's best BM25
        "bm25_log",         // ln(1 + BM25)
        "cos_claim",        // cosine of the query and the claim text
        "cos_title",        // cosine of the query and the fact-check title (0 without one)
        "cos_gap",          // claim cosine minus the query's best claim cosine
        "dense_rank",       // 1 / (1 + rank by claim cosine)
        "bm25_rank",        // 1 / (1 + rank by BM25)
        "claim_covered",    // share of the claim's terms found in the query
        "query_covered",    // share of the query's terms found in the claim
        "numbers_shared",   // share of the claim's numbers found in the query (0 without numbers)
        "numbers_missing",  // 1 when the claim has numbers and the query none of them
        "names_shared",     // share of the claim's capitalised words found in the query
        "cos_product",      // claim cosine times BM25 share: both stages agree
        "cos_part_max",     // best cosine of one sentence of the query with the claim (the claim cosine for a one-sentence query)
        "cos_best",         // the larger of the claim and title cosines
        "cos_claim_sq",     // claim cosine squared: near-duplicates stand out
    ];

    public static int Count => Names.Count;

    /// <summary>What the first stage knows of one candidate.</summary>
    /// <param name="Row">The claim's row in the index.</param>
    /// <param name="Bm25">Its BM25 score (0 when it shares no term).</param>
    /// <param name="CosClaim">Cosine with the claim text (0 without vectors).</param>
    /// <param name="CosTitle">Cosine with the title.</param>
    /// <param name="Bm25Rank">0-based rank by BM25, or -1 beyond the first stage's list.</param>
    /// <param name="DenseRank">0-based rank by claim cosine, or -1 beyond it.</param>
    /// <param name="CosPart">Best cosine of one sentence of the query with the claim text (<paramref name="CosClaim"/> for a one-sentence query).</param>
    public readonly record struct Stage(int Row, float Bm25, float CosClaim, float CosTitle, int Bm25Rank, int DenseRank, float CosPart);

    /// <summary>Writes the features of <paramref name="stage"/> into <paramref name="x"/> (length <see cref="Count"/>).</summary>
    public static void Fill(MatchQuery query, VerifiedClaim claim, Stage stage, float maxBm25, float maxCos, Span<float> x) =>
        Fill(query, new ClaimProfile(claim), stage, maxBm25, maxCos, x);

    /// <summary>As above, from the claim's <see cref="ClaimProfile"/> computed once.</summary>
    public static void Fill(MatchQuery query, ClaimProfile claim, Stage stage, float maxBm25, float maxCos, Span<float> x)
    {
        var termSet = claim.Terms;
        var numbers = claim.Numbers;
        var names = claim.Names;
        float share = maxBm25 > 0 ? stage.Bm25 / maxBm25 : 0;
        x[0] = share;
        x[1] = MathF.Log(1 + stage.Bm25);
        x[2] = stage.CosClaim;
        x[3] = stage.CosTitle;
        x[4] = stage.CosClaim - maxCos;
        x[5] = stage.DenseRank < 0 ? 0 : 1f / (1 + stage.DenseRank);
        x[6] = stage.Bm25Rank < 0 ? 0 : 1f / (1 + stage.Bm25Rank);
        x[7] = termSet.Count == 0 ? 0 : (float)termSet.Count(query.TermSet.Contains) / termSet.Count;
        x[8] = query.TermSet.Count == 0 ? 0 : (float)query.TermSet.Count(termSet.Contains) / query.TermSet.Count;
        int sharedNumbers = numbers.Count(query.Numbers.Contains);
        x[9] = numbers.Count == 0 ? 0 : (float)sharedNumbers / numbers.Count;
        x[10] = numbers.Count > 0 && sharedNumbers == 0 ? 1 : 0;
        x[11] = names.Count == 0 ? 0 : (float)names.Count(n => query.TermSet.Contains(n) || query.Names.Contains(n)) / names.Count;
        x[12] = stage.CosClaim * share;
        x[13] = Math.Max(stage.CosPart, stage.CosClaim);
        x[14] = Math.Max(stage.CosClaim, stage.CosTitle);
        x[15] = stage.CosClaim * stage.CosClaim;
    }
}

/// <summary>What the features read of one verified claim (its text and title): terms, numbers and names. Immutable.</summary>
public sealed class ClaimProfile
{
    public ClaimProfile(VerifiedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        string text = FactCheckIndex.IndexedText(claim);
        Terms = new HashSet<string>(MatchText.Terms(text), StringComparer.Ordinal);
        Numbers = MatchText.Numbers(text);
        Names = MatchText.Names(text);
    }

    public IReadOnlySet<string> Terms { get; }
    public IReadOnlySet<string> Numbers { get; }
    public IReadOnlySet<string> Names { get; }
}
