using System.Globalization;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Verdict;
using NewsLens.Store;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// Reads a search from a query string, for <c>/api/search</c> and the search page: <c>q</c> (words, "a phrase"),
/// <c>outlet</c>, <c>from</c>/<c>to</c> (dates, inclusive), <c>lean</c>, <c>verdict</c> (hyperpartisan or
/// not-hyperpartisan), <c>verdictMin</c>/<c>verdictMax</c> (probabilities), <c>technique</c>, <c>quoteBy</c>,
/// <c>hasClaim</c>, <c>limit</c> and <c>offset</c>. A bad value is a problem naming the parameter.
/// </summary>
public sealed record SearchParameters(SearchQuery Query, bool HasAny)
{
    public const int MaxResults = 100;
    public const int MaxOffset = 10_000;
    public const int DefaultLimit = 20;

    /// <summary>The parameters, or the problem (its detail names the parameter) when one is bad.</summary>
    public static (SearchParameters? Search, string? Problem) Read(IQueryCollection q)
    {
        string? Text(string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        foreach (var name in new[] { "q", "outlet", "technique", "quoteBy" })
            if (Text(name) is { Length: > WebLimits.MaxFieldChars } tooLong)
                return (null, $"'{name}' is {tooLong.Length:N0} characters, over the limit of {WebLimits.MaxFieldChars:N0}");
        var query = new SearchQuery { Text = Text("q") ?? "", Outlet = Text("outlet"), Technique = Text("technique"), QuoteBy = Text("quoteBy"), Limit = DefaultLimit };
        if (Text("limit") is { } limit)
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n is < 1 or > MaxResults) return (null, $"'limit' must be a whole number from 1 to {MaxResults}, not '{Clip(limit)}'");
            query = query with { Limit = n };
        }
        if (Text("offset") is { } offset)
        {
            if (!int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > MaxOffset) return (null, $"'offset' must be a whole number from 0 to {MaxOffset:N0}, not '{Clip(offset)}'");
            query = query with { Offset = n };
        }
        foreach (var (name, end) in new[] { ("from", false), ("to", true) })
        {
            if (Text(name) is not { } d) continue;
            if (!DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) return (null, $"'{name}' must be a date such as 2024-05-31, not '{Clip(d)}'");
            // why: a bare date as 'to' means the whole of that day
            if (end && d.Length == 10) date = date.AddDays(1).AddTicks(-1);
            query = end ? query with { To = date } : query with { From = date };
        }
        if (query.From > query.To) return (null, "'from' is after 'to'");
        if (Text("lean") is { } lean)
        {
            if (!ArticleLean.Labels.Contains(lean.ToLowerInvariant())) return (null, $"'lean' must be one of {string.Join(", ", ArticleLean.Labels)}, not '{Clip(lean)}'");
            query = query with { Lean = lean.ToLowerInvariant() };
        }
        foreach (var name in new[] { "verdictMin", "verdictMax" })
        {
            if (Text(name) is not { } p) continue;
            if (!double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || v is < 0 or > 1 || double.IsNaN(v)) return (null, $"'{name}' must be a probability from 0 to 1, not '{Clip(p)}'");
            query = name == "verdictMin" ? query with { VerdictMin = v } : query with { VerdictMax = v };
        }
        if (Text("verdict") is { } verdict)
        {
            // why: the store keeps the probability; a label is the probability against the verdict's default threshold
            double threshold = new VerdictScorerOptions().Threshold;
            switch (verdict.ToLowerInvariant().Replace('-', ' '))
            {
                case ArticleVerdict.HyperpartisanLabel: query = query with { VerdictMin = Math.Max(query.VerdictMin ?? 0, threshold) }; break;
                case ArticleVerdict.NotHyperpartisanLabel: query = query with { VerdictMax = Math.Min(query.VerdictMax ?? 1, Math.BitDecrement(threshold)) }; break;
                default: return (null, $"'verdict' must be hyperpartisan or not-hyperpartisan, not '{Clip(verdict)}'");
            }
        }
        if (Text("hasClaim") is { } claim)
        {
            if (!bool.TryParse(claim, out bool has)) return (null, $"'hasClaim' must be true or false, not '{Clip(claim)}'");
            query = query with { HasClaim = has };
        }
        bool any = query.Text.Length > 0 || query.Outlet is not null || query.From is not null || query.To is not null || query.Lean is not null
            || query.VerdictMin is not null || query.VerdictMax is not null || query.Technique is not null || query.QuoteBy is not null || query.HasClaim;
        return (new SearchParameters(query, any), null);
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
