using System.Collections.Frozen;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Decides which model features may be shown to a person as a reason. A reason must be something a reader can find and
/// judge in the text: a phrase with at least one content word. Function-word n-grams ("to have", "is no"), numbers,
/// word-cluster terms (which stand for lists of names), proper names (places, people, organisations: capitalised at
/// every occurrence) and length features still count in the score, but are never listed as reasons.
/// </summary>
public static class ReadableReasons
{
    /// <summary>Style features that measure length, not how the article is written; never a reason.</summary>
    public static readonly FrozenSet<string> LengthFeatures = FrozenSet.ToFrozenSet(["logWordCount"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (lower case) is a function word.</summary>
    public static bool IsFunctionWord(string word) => Lexical.FunctionWords.Contains(word) || word is "<num>" or "!" or "?";

    /// <summary>
    /// True when the term (a lower-cased unigram or space-joined bigram of <see cref="VerdictTerms"/>, possibly with
    /// <see cref="VerdictTerms.TitlePrefix"/>) is a phrase a reader can judge: not a word-cluster term, no digits, and at
    /// least one content word (not a function word, more than one letter). Says nothing about names: see <see cref="IsName"/>.
    /// </summary>
    public static bool IsReadablePhrase(string term)
    {
        if (VerdictTerms.IsClusterTerm(term)) return false;
        if (term.StartsWith(VerdictTerms.TitlePrefix, StringComparison.Ordinal)) term = term[VerdictTerms.TitlePrefix.Length..];
        bool content = false;
        foreach (var w in term.Split(' '))
        {
            if (w.Length == 0) continue;
            if (w.Any(char.IsAsciiDigit)) return false;
            if (!IsFunctionWord(w) && w.Count(char.IsLetter) > 1) content = true;
        }
        return content;
    }

    /// <summary>
    /// True when the occurrences look like a proper name (place, person, organisation): every one is capitalised and at
    /// least one stands inside a sentence, where only a name keeps its capital. Empty spans (title terms) are ignored.
    /// </summary>
    public static bool IsName(Document document, IReadOnlyList<TextSpan> occurrences)
    {
        int seen = 0;
        foreach (var span in occurrences)
        {
            if (span.IsEmpty) continue;
            seen++;
            if (!char.IsUpper(document.Text[span.Start])) return false;
        }
        return seen > 0 && AnyMidSentence(document, occurrences);
    }

    // True when an occurrence starts after the first token of its sentence (so its capital is a name's, not the sentence's).
    private static bool AnyMidSentence(Document document, IReadOnlyList<TextSpan> occurrences)
    {
        foreach (var span in occurrences)
        {
            if (span.IsEmpty) continue;
            int i = document.SentenceIndexAt(span.Start);
            if (i < 0) continue;
            var s = document.Sentences[i];
            if (s.TokenCount > 0 && document.TokenSpan[s.FirstToken].Start < span.Start) return true;
        }
        return false;
    }
}
