using NewsLens.Reports.View;

namespace NewsLens.Reports.Summary;

/// <summary>
/// What a person in a hurry reads first, the same in the HTML and Markdown reports: the verdict and lean with their
/// top reasons, the top-ranked claims, quotes grouped by speaker, the outlets cited with their ratings and the
/// technique tally. Counts are counts of <see cref="ArticleView"/> items, so they agree with the layer picker and lists.
/// </summary>
internal sealed record ArticleSummary(
    VerdictLine? Verdict,
    LeanLine? Lean,
    PublisherLine? Publisher,
    IReadOnlyList<ClaimLine> TopClaims,
    int ClaimCount,
    IReadOnlyList<SpeakerLine> Speakers,
    int QuoteCount,
    IReadOnlyList<OutletLine> Outlets,
    IReadOnlyList<TechniqueLine> Techniques,
    int TechniqueCount);

/// <summary>One reason behind a verdict or lean: its words, its weight (log-odds) and where to check it.</summary>
internal sealed record ReasonLine(string Text, double Weight, string? Example, ItemRef? Where);

internal sealed record VerdictLine(string Label, double Probability, IReadOnlyList<ReasonLine> Reasons);

internal sealed record LeanLine(string Label, double PLeft, double PCenter, double PRight, IReadOnlyList<ReasonLine> Reasons);

/// <summary>The publishing outlet's registry rating: third-party, never an input of a text score.</summary>
internal sealed record PublisherLine(string Name, string Domain, string Rating, string Provenance);

internal sealed record ClaimLine(int Rank, double Score, string Text, IReadOnlyList<string> Figures, string? Speaker, ItemRef Where);

internal sealed record QuoteLine(string Text, ItemRef Where);

internal sealed record SpeakerLine(string Speaker, int Count, IReadOnlyList<QuoteLine> Quotes);

internal sealed record OutletLine(string Name, string Domain, string Rating, int Mentions, int Links, ItemRef Where);

internal sealed record TechniqueLine(string Technique, string Name, int Count, ItemRef Where);
