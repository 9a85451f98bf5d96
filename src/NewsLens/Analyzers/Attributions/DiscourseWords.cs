using System.Collections.Frozen;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Sentence adverbs and discourse connectives ("However", "Meanwhile", "Reportedly"): words that open or link
/// sentences and are never who speaks, even when capitalised next to a cue.
/// </summary>
internal static class DiscourseWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["besides", "however", "apparently", "meanwhile", "indeed", "moreover", "still", "instead", "also", "nevertheless",
         "nonetheless", "obviously", "clearly", "reportedly", "allegedly", "furthermore", "further", "additionally",
         "likewise", "similarly", "otherwise", "therefore", "thus", "hence", "consequently", "accordingly", "anyway",
         "anyhow", "regardless", "notably", "importantly", "significantly", "interestingly", "ironically", "surprisingly",
         "unsurprisingly", "predictably", "frankly", "honestly", "seriously", "basically", "essentially", "actually",
         "certainly", "surely", "evidently", "presumably", "supposedly", "purportedly", "ostensibly", "seemingly",
         "arguably", "admittedly", "naturally", "fortunately", "unfortunately", "sadly", "thankfully", "hopefully",
         "finally", "lastly", "firstly", "secondly", "first", "second", "third", "then", "now", "later", "earlier",
         "afterwards", "afterward", "yet", "though", "although", "but", "and", "so", "thereafter", "overall", "ultimately",
         "eventually", "previously", "recently", "currently", "today", "yesterday", "tomorrow", "again", "too",
         "perhaps", "maybe", "possibly", "probably", "undoubtedly", "definitely", "specifically", "particularly",
         "especially", "generally", "typically", "usually", "initially", "originally", "simultaneously", "separately",
         "elsewhere", "here", "there", "hitherto", "incidentally", "conversely", "alternatively", "rather", "even"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> is a sentence adverb or connective (any case).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
