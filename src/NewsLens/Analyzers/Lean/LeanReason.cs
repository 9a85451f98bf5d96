using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// A phrase of the article that moved its lean towards the predicted label: a word or two-word term of the model that
/// a reader can find in the text.
/// </summary>
/// <param name="Term">the model's term, lower-cased (<c>illegal aliens</c>).</param>
/// <param name="Words">the article's own words at <see cref="Span"/>, as written.</param>
/// <param name="Span">the first occurrence, UTF-16 <c>[start, end)</c> into the article text.</param>
/// <param name="Count">occurrences in the article.</param>
/// <param name="Weight">the term's share of the label's log-odds against the mean of the other two labels; positive supports the label.</param>
/// <param name="Spans">every occurrence (at most <see cref="LeanScorerOptions.MaxSpansPerReason"/>), text order.</param>
public sealed record LeanReason(string Term, string Words, TextSpan Span, int Count, double Weight, IReadOnlyList<TextSpan> Spans);
