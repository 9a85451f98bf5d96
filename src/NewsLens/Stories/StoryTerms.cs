using NewsLens.Lexical;

namespace NewsLens.Stories;

/// <summary>
/// The words and names an article's story is recognised by: lower-case content words (function words dropped, a light
/// plural strip so "protesters" meets "protester") and named entities (runs of capitalised words that do not open a
/// sentence, so a title's Title Case and "The" at a sentence start are not names).
/// </summary>
public static class StoryTerms
{
    /// <summary>Content words of <paramref name="text"/> in order, at most <paramref name="maxWords"/>.</summary>
    public static List<string> Words(string? text, int maxWords)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        foreach (var (start, end) in WordRuns(text))
        {
            if (words.Count >= maxWords) break;
            var w = Normalise(text.AsSpan(start, end - start));
            if (w is not null) words.Add(w);
        }
        return words;
    }

    /// <summary>Named entities of the first <paramref name="maxWords"/> words of <paramref name="text"/>, lower case.</summary>
    public static List<string> Entities(string? text, int maxWords)
    {
        var entities = new List<string>();
        if (string.IsNullOrEmpty(text)) return entities;
        var run = new List<string>();
        bool sentenceStart = true;
        int seen = 0, previousEnd = 0;
        foreach (var (start, end) in WordRuns(text))
        {
            if (++seen > maxWords) break;
            bool boundary = HasSentenceEnd(text.AsSpan(previousEnd, start - previousEnd));
            if (boundary) { Flush(run, entities); sentenceStart = true; }
            previousEnd = end;
            var word = text.AsSpan(start, end - start);
            bool capital = char.IsUpper(word[0]);
            if (capital && !sentenceStart && !FunctionWords.Contains(word.ToString().ToLowerInvariant()) && !Calendar.Contains(word.ToString()))
            {
                run.Add(word.ToString().ToLowerInvariant());
            }
            else Flush(run, entities);
            sentenceStart = false;
        }
        Flush(run, entities);
        return entities;
    }

    // why: days and months are capitalised but name no one; two reports of different events on a Tuesday share them
    private static readonly HashSet<string> Calendar = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static void Flush(List<string> run, List<string> into)
    {
        if (run.Count == 0) return;
        into.Add(string.Join(' ', run));
        run.Clear();
    }

    // why: a break between words that holds . ! ? or a line break starts a new sentence; abbreviations ("U.S.") cost
    // at most a missed name, which is cheaper than treating every Title Case word as one
    private static bool HasSentenceEnd(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?\n") >= 0;

    /// <summary>Half-open runs of letters and digits (an inner apostrophe or hyphen kept) in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End)> WordRuns(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) yield break;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text, i))) i++;
            yield return (start, i);
        }
    }

    private static bool IsInner(string text, int i) =>
        (text[i] is '\'' or '\u2019' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    /// <summary>The term a word counts as, or null for a function word or a one-letter word.</summary>
    public static string? Normalise(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return null;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (lower.Contains('\u2019')) lower.Replace('\u2019', '\'');
        if (lower.EndsWith("'s")) lower = lower[..^2];
        if (lower.Length < 2 || FunctionWords.Contains(lower)) return null;
        if (lower.Length > 4 && lower.EndsWith("ies")) return string.Concat(lower[..^3], "y");
        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i')) return new string(lower[..^1]);
        return new string(lower);
    }
}
