using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// A sentence that moved the score: the sum of the contributions of its n-grams (each term's contribution shared
/// equally among its occurrences), and the terms that weighed most in it.
/// </summary>
public sealed record VerdictSentence(int Index, TextSpan Span, double Contribution, IReadOnlyList<string> TopTerms);
