using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// Which model terms may be shown as reasons a person can check: a phrase of real words. Refused: word-cluster terms,
/// numbers, punctuation, terms made only of function words (<see cref="Lexical.FunctionWords"/>), words of one letter, and terms
/// every word of which is capitalised at every occurrence in the article (names of people, places, parties, outlets).
/// The model still scores them; they are only not listed. Thread-safe.
/// </summary>
public static class LeanReasonFilter
{
    /// <summary>True when the lower-cased term is made of words, at least one of them not a function word.</summary>
    public static bool IsShowableTerm(string term)
    {
        bool content = false;
        foreach (var word in term.Split(' '))
        {
            if (word.Length < 2 || !word.All(c => char.IsLetter(c) || c is '\'' or '-')) return false;
            if (!char.IsLetter(word[0])) return false;
            if (!Lexical.FunctionWords.Contains(word)) content = true;
        }
        return content;
    }

    /// <summary>True when every word of the text at every occurrence starts with a capital letter (a name, not a phrase).</summary>
    public static bool IsProperNounOnly(Document doc, IEnumerable<TextSpan> occurrences)
    {
        bool any = false;
        foreach (var span in occurrences)
        {
            any = true;
            var text = doc.AsSpan(span);
            bool atWordStart = true;
            foreach (char c in text)
            {
                if (char.IsLetter(c))
                {
                    if (atWordStart && !char.IsUpper(c)) return false;
                    atWordStart = false;
                }
                else if (c is not ('\'' or '\u2019' or '-')) atWordStart = true;
            }
        }
        return any;
    }
}
