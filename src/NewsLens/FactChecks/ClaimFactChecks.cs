using System.Globalization;
using NewsLens.Text;

namespace NewsLens.FactChecks;

/// <summary>The fact-checks found for one check-worthy claim of the article, best first.</summary>
/// <param name="Span">The claim's sentence.</param>
/// <param name="SentenceIndex">Its index in <see cref="Document.Sentences"/>.</param>
/// <param name="ClaimRank">Its check-worthiness rank in the <c>claims</c> layer.</param>
/// <param name="Matches">At least one match, best first.</param>
public sealed record ClaimFactChecks(TextSpan Span, int SentenceIndex, int ClaimRank, IReadOnlyList<FactCheckMatch> Matches) : IHighlightable
{
    public IEnumerable<TextSpan> GetSpans()
    {
        yield return Span;
    }

    public IEnumerable<Highlight> GetHighlights()
    {
        var best = Matches[0];
        string verdict = best.Verdict is { } v ? v : "no verdict given";
        string detail = string.Join(" · ", Matches.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"“{Clip(m.Claim)}” — {m.Verdict ?? "no verdict given"}{(m.Publisher is { } p ? " (" + p + ")" : "")}{(m.Url is { } u ? " " + u : "")}, score {m.Score:0.00}")));
        yield return new Highlight(Span, $"fact-checked: {verdict}", detail, $"factcheck-{SentenceIndex}");
    }

    private static string Clip(string s) => s.Length > 140 ? s[..140] + "…" : s;
}
