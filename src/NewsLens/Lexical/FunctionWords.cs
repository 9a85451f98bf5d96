using System.Collections.Frozen;

namespace NewsLens.Lexical;

/// <summary>
/// English function words (articles, pronouns, auxiliaries and their contractions, prepositions, conjunctions, the
/// commonest adverbs and reporting verbs), lower case: words that never make a phrase worth showing as a reason alone.
/// One list for every feature that filters reasons (the verdict's and the lean's).
/// </summary>
public static class FunctionWords
{
    private static readonly FrozenSet<string> s_words = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "as", "while",
        "although", "though", "whether", "unless", "since", "until", "till", "once", "when", "whenever", "where",
        "wherever", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these", "those", "there",
        "here", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "one", "ones", "is", "am", "are", "was", "were",
        "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "done", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "ought", "of", "in", "on", "at", "by", "for",
        "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below",
        "to", "from", "up", "down", "out", "off", "over", "under", "again", "further", "also", "just", "only",
        "very", "too", "not", "no", "any", "all", "both", "each", "few", "more", "most", "other", "some", "such",
        "own", "same", "s", "t", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't",
        "wouldn't", "can't", "couldn't", "shouldn't", "it's", "that's", "there's", "he's", "she's", "i'm", "we're",
        "they're", "you're", "i've", "we've", "they've", "i'll", "we'll", "they'll", "i'd", "we'd", "they'd",
        "let's", "upon", "per", "via", "within", "without", "among", "around", "across", "along", "toward",
        "towards", "onto", "beyond", "like", "even", "still", "now", "ever", "never", "always", "often", "already",
        "much", "many", "every", "either", "neither", "another", "said", "says", "say", "told", "get", "got", "make",
        "made", "go", "going", "went", "new", "mr", "mrs", "ms", "dr", "whatever", "whoever", "'s", "'re", "'ve",
        "'d", "'ll", "'m", "n't", "less", "least", "several", "behind",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lower-case function word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
