using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Decoding constraints on source spans: a source is a whole noun phrase or name. Rejected candidates are skipped when
/// the decoder picks the best source, so the next-best span (or none) wins; the model's features are unchanged.
/// </summary>
internal static class SourceRules
{
    /// <summary>
    /// True when tokens [<paramref name="a"/>, <paramref name="b"/>] cannot be a source: the span is made only of
    /// discourse words and punctuation, starts with a discourse word ("However, the mayor"), or cuts a multi-word
    /// capitalised name (starts right after, or ends right before, another word of the same name; the cue
    /// [<paramref name="cs"/>, <paramref name="ce"/>] and a sentence's first word do not count as such words, as title-case
    /// headlines capitalise every word).
    /// </summary>
    public static bool Reject(TokenView v, int a, int b, int cs, int ce)
    {
        var doc = v.Doc;
        if (Discourse(v, a)) return true;
        bool content = false;
        for (int i = a; i <= b && !content; i++)
            content = v.Shape[i] is TokenView.ShLower or TokenView.ShCap or TokenView.ShUpper or TokenView.ShNum && !Discourse(v, i);
        if (!content) return true;
        int prev = a - 1, next = b + 1;
        if (NameWord(v, a) && prev >= 0 && !v.SentStart[a] && !v.SentStart[prev] && (prev < cs || prev > ce) && Adjacent(doc, prev, a) && NameWord(v, prev))
            return true;
        if (NameWord(v, b) && next < v.Count && !v.SentStart[next] && (next < cs || next > ce) && Adjacent(doc, b, next) && NameWord(v, next))
            return true;
        return false;
    }

    private static bool Discourse(TokenView v, int i) => DiscourseWords.Contains(v.Doc.AsSpan(v.Span(i)));

    // A capitalised word that may belong to a name: not a discourse word or a capitalised function word.
    private static bool NameWord(TokenView v, int i) =>
        v.Shape[i] is TokenView.ShCap or TokenView.ShUpper && !Discourse(v, i) && !FunctionWord(v.Doc.AsSpan(v.Span(i)));

    private static bool Adjacent(Document doc, int i, int j) => doc.Tokens[j].Start - doc.Tokens[i].End == 1 && doc.Text[doc.Tokens[i].End] == ' ';

    private static bool FunctionWord(ReadOnlySpan<char> w) =>
        w is "The" or "A" or "An" or "This" or "That" or "These" or "Those" or "His" or "Her" or "Their" or "Its" or "Our" or "My"
            or "In" or "On" or "At" or "For" or "Of" or "As" or "If" or "When" or "After" or "Before" or "While" or "Since"
            or "Because" or "With" or "From" or "By" or "To" or "I" or "He" or "She" or "We" or "They" or "It" or "You"
            or "Some" or "Many" or "Most" or "Several" or "Both" or "Each" or "Every" or "Other" or "Others" or "No";
}
