using NewsLens.Analyzers.Attributions;
using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Who an attribution names, as a set of word stems from its source span and its resolved speaker ("the county health
/// director, Dr Priya Nair" → county, health, director, priya, nair). Two attributions name the same speaker when
/// the sets share a word: "Nair" and "Dr Priya Nair", "Officials" and "Health officials".
/// </summary>
internal static class SpeakerNames
{
    public static HashSet<string> Of(Document doc, Attribution a)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string text)
        {
            foreach (var w in text.Split([' ', ',', '.', '\u00a0', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                var lower = w.ToLowerInvariant();
                if (!FunctionWords.Contains(lower) && lower.Any(char.IsLetter)) words.Add(ContentWords.Stem(lower));
            }
        }
        if (a.Source is { } s) Add(doc[s]);
        if (a.Speaker is { } sp)
        {
            Add(sp.Name);
            if (sp.Title is not null) Add(sp.Title);
        }
        return words;
    }

    /// <summary>The name to show: the resolved speaker's, else the source's own words.</summary>
    public static string Display(Document doc, Attribution a) =>
        a.Speaker is { Resolution: not (SpeakerResolution.Unresolved or SpeakerResolution.Anonymous) } sp ? sp.Name : a.Source is { } s ? doc[s].Trim(' ', ',') : "";
}
