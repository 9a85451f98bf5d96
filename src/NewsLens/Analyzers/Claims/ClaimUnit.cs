namespace NewsLens.Analyzers.Claims;

/// <summary>
/// A unit to score: tokens <c>[FirstToken, FirstToken + TokenCount)</c> of a document (a sentence, a transcript line
/// or a tweet), with the speaker of the line when known.
/// </summary>
public readonly record struct ClaimUnit(int FirstToken, int TokenCount, string? Speaker = null);
