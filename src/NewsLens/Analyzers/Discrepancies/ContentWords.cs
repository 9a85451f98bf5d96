using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>The content words of a sentence, as crude stems: lower case, a plural or verb ending cut.</summary>
internal static class ContentWords
{
    /// <summary>Stems of the sentence's words and numbers, function words left out.</summary>
    public static List<string> Of(Document doc, Sentence sentence)
    {
        var stems = new List<string>();
        foreach (var token in doc.TokensOf(sentence))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var word = doc.AsSpan(token.Span).ToString().ToLowerInvariant();
            if (FunctionWords.Contains(word)) continue;
            stems.Add(Stem(word));
        }
        return stems;
    }

    /// <summary>A crude stem: "marchers" → "march", "repairs" → "repair", "injured" → "injur", "pupils" → "pupil".</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant().Replace("’", "'", StringComparison.Ordinal);
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        foreach (var suffix in Suffixes)
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
                return w[..^suffix.Length];
        return w;
    }

    // why: longest first, so "marchers" loses "ers" rather than "s"
    private static readonly string[] Suffixes = ["ings", "ers", "ing", "ies", "ied", "es", "ed", "er", "s"];
}
