using NewsLens.Analyzers.Quantities;
using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// One sentence scored for check-worthiness. <see cref="Score"/> is a probability in [0, 1] (rounded to 4 decimals);
/// <see cref="Rank"/> is 1 for the most check-worthy sentence of the document (ties broken by text order).
/// </summary>
/// <param name="Span">The sentence.</param>
/// <param name="SentenceIndex">Index of the sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="Score">Check-worthiness in [0, 1].</param>
/// <param name="Rank">1-based rank by score within the document.</param>
/// <param name="Class">The statement class.</param>
/// <param name="Reasons">Cues found in the sentence, in enum order.</param>
/// <param name="Quantities">Quantities inside the sentence, in text order.</param>
/// <param name="Attribution">The attribution the sentence lies in, when the pipeline found attributions.</param>
public sealed record Claim(
    TextSpan Span,
    int SentenceIndex,
    double Score,
    int Rank,
    ClaimClass Class,
    IReadOnlyList<ClaimReason> Reasons,
    IReadOnlyList<Quantity> Quantities,
    ClaimAttribution? Attribution) : IHighlightable, IScored, ICaptioned
{
    double IScored.Confidence => Score;

    /// <summary>The claim's rank, printed on its sentence in reports.</summary>
    public string Caption => $"claim #{Rank}";

    public IEnumerable<TextSpan> GetSpans()
    {
        yield return Span;
        foreach (var q in Quantities)
            foreach (var s in q.GetSpans()) yield return s;
        if (Attribution is { } a)
        {
            if (a.Source is { } source) yield return source;
            yield return a.Cue;
        }
    }

    public IEnumerable<Highlight> GetHighlights()
    {
        if (Class != ClaimClass.CheckWorthy) yield break;
        var reasons = Reasons.Count == 0 ? "" : " · " + string.Join(", ", Reasons.Select(r => r.ToString()));
        var detail = FormattableString.Invariant($"rank {Rank}, score {Score:0.00}{reasons}");
        if (Quantities.Count > 0) detail += " · " + string.Join("; ", Quantities.Select(q => q.Normalized));
        yield return new Highlight(Span, "check-worthy claim", detail, $"claim-{SentenceIndex}");
    }
}
