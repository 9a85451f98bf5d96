using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Parses the date notations pages use (ISO 8601 with or without offset, RFC 1123, epoch seconds, "Nov. 20, 2019",
/// "20 November 2019", URL paths like /2019/05/21/). A date without an offset is taken as UTC.
/// </summary>
internal static partial class DateParsing
{
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = value.Trim();
        if (s.Length > 80)
            return FromText(s);
        if (s.Length is 10 or 13 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long epoch))
            return Plausible(s.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch));
        if (s.Length == 8 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && DateTimeOffset.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var compact))
            return Plausible(compact);
        // why: "+0000" offsets (no colon) are common in meta tags and .NET only reads "+00:00".
        var fixedOffset = OffsetWithoutColon().Replace(s, "$1$2:$3");
        if (DateTimeOffset.TryParse(fixedOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return Plausible(parsed);
        return FromText(s);
    }

    /// <summary>Finds a written date ("November 20, 2019", "20 Nov 2019", "2019-11-20") inside running text.</summary>
    public static DateTimeOffset? FromText(string text)
    {
        var m = MonthFirst().Match(text);
        if (m.Success && TryBuild(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var a))
            return a;
        m = DayFirst().Match(text);
        if (m.Success && TryBuild(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var b))
            return b;
        m = IsoDate().Match(text);
        if (m.Success && TryBuild(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var c))
            return c;
        return null;
    }

    /// <summary>A date in a URL path: /2019/05/21/, /2019-05-21/ or /20190521/.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        var m = UrlDate().Match(url);
        if (m.Success && TryBuild(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var d))
            return d;
        return null;
    }

    private static bool TryBuild(string y, string m, string d, out DateTimeOffset result)
    {
        result = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out int year) || !int.TryParse(d, CultureInfo.InvariantCulture, out int day))
            return false;
        int month = int.TryParse(m, CultureInfo.InvariantCulture, out int mm) ? mm : MonthNumber(m);
        if (month is < 1 or > 12 || day < 1 || day > 31 || year < 1990 || year > 2099 || day > DateTime.DaysInMonth(year, month))
            return false;
        result = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static int MonthNumber(string name)
    {
        if (name.Length < 3)
            return 0;
        var key = name[..3].ToLowerInvariant();
        int i = Array.IndexOf(MonthKeys, key);
        return i < 0 ? 0 : i + 1;
    }

    private static readonly string[] MonthKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d >= Earliest && d < Latest ? d : null;

    private const string Month = "(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + Month + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-]?(?<m>0[1-9]|1[0-2])[/-]?(?<d>0[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")]
    private static partial Regex UrlDate();
}
