using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The article verdict (layer <c>verdict</c>, one item): the calibrated probability that the article is
/// hyperpartisan, its label (probability ≥ 0.5), the reasons and sentences that moved the score most, and the
/// style table. Everything a report panel needs; deterministic.
/// </summary>
/// <param name="HyperpartisanProbability">calibrated probability in [0, 1] (Platt scaling of the model margin).</param>
/// <param name="Label"><c>hyperpartisan</c> or <c>not hyperpartisan</c>.</param>
/// <param name="Margin">the uncalibrated log-odds margin; the sum of all contributions plus the bias.</param>
/// <param name="Reasons">the features that moved the margin most, strongest first.</param>
/// <param name="TopSentences">sentences that pushed most towards hyperpartisan, then those that pushed most against.</param>
/// <param name="Style">the article's style features against the training averages.</param>
public sealed record ArticleVerdict(
    double HyperpartisanProbability,
    string Label,
    double Margin,
    IReadOnlyList<VerdictReason> Reasons,
    IReadOnlyList<VerdictSentence> TopSentences,
    IReadOnlyList<StyleComparison> Style) : IHighlightable
{
    public const string HyperpartisanLabel = "hyperpartisan";
    public const string NotHyperpartisanLabel = "not hyperpartisan";

    public bool IsHyperpartisan => Label == HyperpartisanLabel;

    public IEnumerable<TextSpan> GetSpans() => TopSentences.Select(s => s.Span);

    public IEnumerable<Highlight> GetHighlights()
    {
        foreach (var s in TopSentences)
        {
            var towards = s.Contribution > 0 ? "towards hyperpartisan" : "away from hyperpartisan";
            var terms = s.TopTerms.Count == 0 ? "" : "; words: " + string.Join(", ", s.TopTerms.Select(t => $"\"{t}\""));
            yield return new Highlight(s.Span, s.Contribution > 0 ? "partisan-cue" : "neutral-cue",
                $"moves the verdict {towards} ({s.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)} log-odds{terms})",
                $"verdict-{s.Span.Start}");
        }
    }
}
