namespace NewsLens.FactChecks;

/// <summary>One verified claim ranked for a query.</summary>
/// <param name="Row">The claim's row in the index.</param>
/// <param name="Score">Ranking score: the re-ranker's match probability for its candidates; otherwise the first-stage
/// fusion (claim cosine + weight × BM25 share), lowered by 10 beyond the re-ranked candidates so they sort below.</param>
/// <param name="Bm25">BM25 of the claim's text and title.</param>
/// <param name="Cosine">Cosine of the query and claim vectors (0 when matching is lexical only).</param>
/// <param name="ReRanked">Whether the re-ranker scored it.</param>
public readonly record struct FactCheckHit(int Row, double Score, float Bm25, float Cosine, bool ReRanked);
