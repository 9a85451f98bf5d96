namespace NewsLens.FactChecks;

/// <summary>A verified claim matched to a claim of the article, with what the fact-checker found.</summary>
/// <param name="Rank">1 for the best match of the claim.</param>
/// <param name="Score">The re-ranker's match probability in [0, 1] (or, with a lexical-only index, the first-stage fusion score), 4 decimals.</param>
/// <param name="Id">The verified claim's id in the index.</param>
/// <param name="Claim">The claim as the fact-check words it.</param>
/// <param name="Verdict">The fact-check's rating, when the index has one.</param>
/// <param name="Url">The fact-check's address.</param>
/// <param name="Title">The fact-check's headline.</param>
/// <param name="Publisher">Who published the fact-check.</param>
/// <param name="Published">When, as the source gave it.</param>
public sealed record FactCheckMatch(int Rank, double Score, string Id, string Claim, string? Verdict, string? Url, string? Title, string? Publisher, string? Published);
