namespace NewsLens.Analyzers.Outlets;

/// <summary>
/// The words people use for a rater's codes: MBFC's "fake-news" bias class is what MBFC calls a "questionable source",
/// "center" is "least biased", "mostly-factual" is "mostly factual reporting". Codes without a known wording are shown
/// with their hyphens as spaces; empty and "n/a" codes give an empty label. Thread-safe (no state).
/// </summary>
public static class OutletLabels
{
    /// <summary>MBFC bias class or Baly bias label → words ("questionable source", "least biased", "left-center bias").</summary>
    public static string Bias(string code) => code.Trim().ToLowerInvariant() switch
    {
        "" or "n/a" => "",
        "fake-news" => "questionable source",
        "center" => "least biased",
        "conspiracy-pseudoscience" => "conspiracy-pseudoscience",
        "pro-science" => "pro-science",
        "satire" => "satire",
        "left" or "left-center" or "right-center" or "right" => code.Trim().ToLowerInvariant() + " bias",
        "extreme-left" => "extreme left bias",
        "extreme-right" => "extreme right bias",
        var other => Words(other),
    };

    /// <summary>MBFC factual-reporting code → words ("mostly factual reporting").</summary>
    public static string Factuality(string code) => code.Trim().ToLowerInvariant() switch
    {
        "" or "n/a" => "",
        "mostly-factual" => "mostly factual reporting",
        var c => Words(c) + " factual reporting",
    };

    /// <summary>MBFC credibility code → words ("high credibility").</summary>
    public static string Credibility(string code) => code.Trim().ToLowerInvariant() switch
    {
        "" or "n/a" => "",
        var c => Words(c),
    };

    /// <summary>MBFC's reasons for a questionable rating, as a ';'-separated code list → words ("failed fact checks").</summary>
    public static IReadOnlyList<string> Reasons(string codes) =>
        [.. codes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => !c.Equals("n/a", StringComparison.OrdinalIgnoreCase)).Select(Words)];

    /// <summary>One line for reports: "questionable source (propaganda, failed fact checks); low factual reporting; low credibility".
    /// Falls back to the Baly labels when MBFC gives none; "unrated" when there is nothing.</summary>
    public static string Describe(OutletRecord o)
    {
        string bias = Bias(o.Bias.Length > 0 ? o.Bias : o.BalyBias);
        var reasons = Reasons(o.Reasons);
        if (bias.Length > 0 && reasons.Count > 0) bias += " (" + string.Join(", ", reasons) + ")";
        var parts = new[] { bias, Factuality(o.Factuality.Length > 0 ? o.Factuality : o.BalyFactuality), Credibility(o.Credibility) }
            .Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "unrated" : string.Join("; ", parts);
    }

    private static string Words(string code) => code.Trim().ToLowerInvariant().Replace('-', ' ');
}
