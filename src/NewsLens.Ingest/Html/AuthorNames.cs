using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Turns raw bylines ("By JANE DOE and John Roe, Reuters | Updated 5 minutes ago") into clean person names. A piece that
/// does not look like a person's name (URL, date, role, outlet, single word in a cased script) is dropped.
/// </summary>
internal static partial class AuthorNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "di", "du", "la", "le", "bin", "ibn",
        "al", "el", "y", "e", "ter", "st.", "mc", "ben",
    };

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "correspondent", "contributor",
        "columnist", "press", "associated", "reuters", "agency", "news", "newsroom", "desk", "team", "bureau", "media",
        "times", "post", "inc", "editorial", "board", "updated", "published", "posted", "ago", "minutes", "minute",
        "hours", "hour", "days", "read", "more", "follow", "email", "twitter", "facebook", "share", "comments",
        "photo", "photos", "video", "opinion", "contributing", "senior", "chief", "political", "special", "guest",
        "admin", "administrator", "author", "anonymous", "analysis", "getty", "images", "afp", "ap", "the", "of",
        "for", "at", "in", "on", "by", "journal", "magazine", "daily", "weekly", "online", "com", "report", "wire",
        "digital", "edition", "review", "policy", "business", "sports", "world", "national", "international",
    };

    /// <param name="raws">raw author strings, most trusted first</param>
    /// <param name="allowSingleWord">accept one-word names (structured sources state a person explicitly)</param>
    /// <param name="notNames">site name, host and the like: a name equal to one of them is the outlet, not a person</param>
    /// <param name="max">most names returned</param>
    public static List<string> Clean(IEnumerable<string?> raws, bool allowSingleWord = false, IReadOnlyList<string>? notNames = null, int max = 10)
    {
        var names = new List<string>();
        foreach (var raw in raws)
        {
            if (string.IsNullOrWhiteSpace(raw) || raw.Length > 300)
                continue;
            foreach (var name in CleanOne(raw, allowSingleWord))
            {
                if (notNames is not null && notNames.Any(n => Squash(n).Contains(Squash(name), StringComparison.OrdinalIgnoreCase)))
                    continue;
                if (names.Count >= max)
                    return names;
                if (!names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
                    names.Add(name);
            }
        }
        return names;
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    public static IEnumerable<string> CleanOne(string raw, bool allowSingleWord = false)
    {
        var s = Whitespace().Replace(raw, " ").Trim();
        if (s.Contains("://", StringComparison.Ordinal) && !s.Contains(' '))
            yield break;
        // why: a one-word label before a colon ("Text:", "Author:", "Texte :") names the field, not the person.
        s = Label().Replace(s, "");
        s = Lead().Replace(s, "");
        // why: bylines often run on into a date or a role after a separator; keep the part before it.
        int cut = s.IndexOfAny(['|', '\u2022', '\u00B7', '(', '\u2014']);
        if (cut > 0)
            s = s[..cut];
        foreach (var piece in Splitter().Split(s))
        {
            var name = TidyPiece(piece, allowSingleWord);
            if (name is not null)
                yield return name;
        }
    }

    private static string? TidyPiece(string piece, bool allowSingleWord)
    {
        var p = piece.Trim().Trim('.', ',', ':', ';', '-', '\u2013', '"', '\'', '\u201C', '\u201D', '@').Trim();
        p = Lead().Replace(p, "").Trim();
        if (p.Length < 2 || p.Length > 60 || LooksLikeUrl(p) || p.Any(char.IsDigit) || p.Contains('@'))
            return null;
        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5)
            return null;
        bool caseless = words.All(w => w.All(c => !char.IsLetter(c) || (!char.IsUpper(c) && !char.IsLower(c))));
        if (!caseless && words.Length < 2 && !(allowSingleWord && p.Length >= 3))
            return null;
        foreach (var w in words)
        {
            if (NotNameWords.Contains(w.Trim('.', ',')))
                return null;
            if (caseless || Particles.Contains(w))
                continue;
            if (!char.IsUpper(w[0]) && !(w.Length > 1 && w[0] is '\'' && char.IsUpper(w[1])))
                return null;
        }
        if (!caseless && words.All(w => w.Where(char.IsLetter).All(char.IsUpper)) && p.Count(char.IsLetter) > 3)
            p = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(p.ToLowerInvariant());
        return p;
    }

    private static bool LooksLikeUrl(string s) =>
        s.Contains("://", StringComparison.Ordinal) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || s.Contains(".com", StringComparison.OrdinalIgnoreCase) || s.StartsWith('/');

    [GeneratedRegex(@"^\s*\p{L}+\s?:\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(?:(?:written|posted|reported|story|text|words|compiled|edited)\s+)?(?:by|from|author|authors|von|par|por)\b\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bwith\b|\s/\s|\n)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Splitter();
}
