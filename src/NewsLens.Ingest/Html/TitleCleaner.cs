namespace NewsLens.Ingest.Html;

/// <summary>Strips the outlet suffix or prefix from page titles ("Headline | Site", "Site - Headline").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " \u2022 ", " // ", " \u00BB ", " \u203A "];

    public static string? Clean(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var t = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var sep in Separators)
        {
            int last = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = t[(last + sep.Length)..];
                var headPart = t[..last];
                if (IsSiteLike(tail, siteName) && WordCount(headPart) >= 2)
                    return Clean(headPart, siteName);
            }
            int first = t.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && siteName is not null)
            {
                var lead = t[..first];
                if (Same(lead, siteName) && WordCount(t[(first + sep.Length)..]) >= 2)
                    return t[(first + sep.Length)..];
            }
        }
        return t;
    }

    private static bool IsSiteLike(string part, string? siteName)
    {
        if (siteName is not null && (Same(part, siteName) || part.Contains(siteName, StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase)))
            return true;
        // why: without a site name, a short trailing part after a separator is almost always the outlet.
        return WordCount(part) <= 4 && (part.Contains('.') || part.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]))));
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
