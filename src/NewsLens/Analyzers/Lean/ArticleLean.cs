using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// The political lean of an article (layer <c>lean</c>, one item): calibrated probabilities of left, center and right,
/// the most probable label, and the phrases that moved it most. Deterministic.
/// </summary>
/// <param name="PLeft">calibrated probability of <c>left</c>, in [0, 1]; the three sum to 1 (up to rounding to 4 decimals).</param>
/// <param name="PCenter">calibrated probability of <c>center</c>.</param>
/// <param name="PRight">calibrated probability of <c>right</c>.</param>
/// <param name="Label">the label with the highest probability (<c>left</c>, <c>center</c> or <c>right</c>).</param>
/// <param name="Reasons">phrases of the article that supported the label most, strongest first (empty when not explained).</param>
public sealed record ArticleLean(double PLeft, double PCenter, double PRight, string Label, IReadOnlyList<LeanReason> Reasons) : IHighlightable
{
    /// <summary>The labels, in the order of the model's classes.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["left", "center", "right"];

    public IEnumerable<TextSpan> GetSpans() => Reasons.SelectMany(r => r.Spans);

    public IEnumerable<Highlight> GetHighlights()
    {
        foreach (var r in Reasons)
            foreach (var s in r.Spans)
                yield return new Highlight(s, "lean-cue",
                    $"\"{r.Term}\" moves the lean towards {Label} ({r.Weight.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)} log-odds)", $"lean-{r.Term}");
    }
}
