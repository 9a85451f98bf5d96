using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// One reason behind a verdict: a model feature present in the article and how far it moved the score.
/// </summary>
/// <param name="Feature">the term (<c>kind = term</c>) or the style feature name (<c>kind = style</c>).</param>
/// <param name="Kind"><c>term</c> or <c>style</c>.</param>
/// <param name="Description">plain words for a report.</param>
/// <param name="Value">occurrences of the term, or the style feature's value.</param>
/// <param name="CorpusAverage">mean occurrences per training article, or the style feature's training mean.</param>
/// <param name="Contribution">its additive share of the model's log-odds margin; positive pushes towards hyperpartisan.</param>
/// <param name="Examples">where the article shows it (up to three spans).</param>
public sealed record VerdictReason(
    string Feature, string Kind, string Description, double Value, double CorpusAverage, double Contribution,
    IReadOnlyList<TextSpan> Examples);
