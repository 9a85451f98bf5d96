using System.Text;

namespace NewsLens.Store;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error: every word and every "quoted phrase"
/// becomes a quoted string, all of them required. Operators typed by the user are read as words.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 query, or null when <paramref name="text"/> holds no letter or digit.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = new List<string>();
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            // why: odd parts lie between quotes, so they are phrases; even parts are loose words
            var pieces = i % 2 == 1 ? [parts[i]] : parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
                if (Clean(piece) is { Length: > 0 } t) terms.Add('"' + t + '"');
        }
        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
