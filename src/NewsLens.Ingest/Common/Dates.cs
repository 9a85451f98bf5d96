using System.Globalization;
using System.Text.Json;

namespace NewsLens.Ingest.Common;

/// <summary>Parses the publication dates found in news dumps. Dates without a zone are taken as UTC.</summary>
internal static class Dates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MM/dd/yyyy", "M/d/yyyy",
        "MM/dd/yyyy HH:mm:ss", "M/d/yyyy h:mm:ss tt", "dd.MM.yyyy",
    ];

    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;

    public static DateTimeOffset? Parse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, Styles, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, Styles, out d)) return d;
        // why: Unix epoch stamps arrive as strings in CSV dumps; 10-digit = seconds, 13-digit = milliseconds.
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) return FromEpoch(n);
        return null;
    }

    /// <summary>A date from a JSON value: a string, an epoch number, or MongoDB's <c>{"$date": ms | "iso"}</c>.</summary>
    public static DateTimeOffset? Parse(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: return Parse(e.GetString());
            case JsonValueKind.Number: return e.TryGetInt64(out long n) ? FromEpoch(n) : null;
            case JsonValueKind.Object:
                if (e.TryGetProperty("$date", out var inner))
                    return inner.ValueKind == JsonValueKind.Object && inner.TryGetProperty("$numberLong", out var nl)
                        ? Parse(nl.GetString())
                        : Parse(inner);
                return null;
            default: return null;
        }
    }

    private static DateTimeOffset? FromEpoch(long n)
    {
        // why: 1e11 seconds is year 5138, so larger numbers can only be milliseconds.
        if (n is < -62_135_596_800_000 or > 253_402_300_799_999) return null;
        try
        {
            return Math.Abs(n) >= 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(n) : DateTimeOffset.FromUnixTimeSeconds(n);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
