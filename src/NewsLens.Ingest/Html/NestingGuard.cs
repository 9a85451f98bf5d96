using System.Collections.Frozen;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Estimates how deep a page's elements nest, from the raw source, before parsing. AngleSharp caps the DOM depth but
/// its tree construction slows quadratically past the cap (100,000 nested divs took minutes), so pathologically deep
/// pages are refused up front. Linear in the input, no allocation per tag.
/// </summary>
internal static class NestingGuard
{
    // why: these close implicitly (or never open a scope), so unclosed ones in sloppy HTML must not count as depth.
    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr", "param", "keygen", "image",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the open-tag depth ever exceeds <paramref name="limit"/>.</summary>
    public static bool ExceedsDepth(string html, int limit)
    {
        var lookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char c = html[i + 1];
            if (c == '!')
            {
                // why: comments may hold markup; skip to their end.
                int end = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0
                    ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                if (end < 0) return false;
                i = end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] == '-')) j++;
            if (j == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, j - nameStart);
            int close = html.IndexOf('>', j);
            if (close < 0) return false;
            bool selfClosing = html[close - 1] == '/';
            i = close + 1;
            if (!closing && IsRawText(name))
            {
                // why: script and style bodies are text; "<div>" inside a script string is not a tag.
                // why: ordinal search for the usual lower-case end tag is far faster over long inline scripts.
                var endName = "</" + name.ToString().ToLowerInvariant();
                int endTag = html.IndexOf(endName, i, StringComparison.Ordinal);
                if (endTag < 0)
                    endTag = html.IndexOf(endName, i, StringComparison.OrdinalIgnoreCase);
                if (endTag < 0) return false;
                i = endTag;
                continue;
            }
            if (lookup.Contains(name) || selfClosing)
                continue;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (++depth > limit)
                return true;
        }
        return false;
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("noembed", StringComparison.OrdinalIgnoreCase);
}
