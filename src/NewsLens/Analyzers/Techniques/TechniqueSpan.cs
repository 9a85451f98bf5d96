using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// One propaganda or loaded-language technique found in the text. Spans of different items may overlap.
/// </summary>
/// <param name="Span">UTF-16 half-open range in the document text.</param>
/// <param name="Technique">One of <see cref="TechniqueNames.All"/>.</param>
/// <param name="Confidence">In [0, 1]: the probability that the span is a technique span (its score, calibrated on
/// training articles the span model did not see, when the model has a calibration) times the probability of
/// <paramref name="Technique"/> given the span.</param>
/// <param name="SpanScore">In [0, 1]: mean probability, over the span's tokens, that a technique is used there.</param>
/// <param name="Reason">Short reader-checkable explanation: the cue words or pattern behind the label.</param>
public sealed record TechniqueSpan(TextSpan Span, string Technique, double Confidence, double SpanScore, string Reason) : IHighlightable, IScored, ICaptioned
{
    /// <summary>The technique's display name, printed on the span in reports.</summary>
    public string Caption => TechniqueNames.Display(Technique);

    public IEnumerable<TextSpan> GetSpans() => [Span];

    public IEnumerable<Highlight> GetHighlights()
    {
        yield return new Highlight(Span, Technique, $"{TechniqueNames.Display(Technique)} ({Confidence:0.00}): {Reason}");
    }
}
