using System.Collections.Frozen;
using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// A coordinated list of actors in a sentence ("protesters and bystanders", "unions, parent groups and business
/// leaders"): each member a run of up to three content words whose last word reads as a group of people or a name
/// (a plural, a collective noun such as "police" or "staff", or a capitalised word inside the sentence).
/// </summary>
internal sealed record ActorList(IReadOnlyList<ActorList.Member> Members)
{
    /// <summary>One member: its words' span and text, and the stem of its head (last) word.</summary>
    public sealed record Member(TextSpan Span, string Text, string Head);

    private static readonly FrozenSet<string> Collective = FrozenSet.ToFrozenSet(
    [
        "police", "staff", "people", "public", "press", "media", "military", "army", "navy", "government", "council",
        "crew", "clergy", "youth", "management", "personnel", "family", "everyone", "cattle", "livestock",
    ], StringComparer.Ordinal);

    public static List<ActorList> Find(Document doc, Sentence sentence)
    {
        var tokens = doc.TokenSpan.Slice(sentence.FirstToken, sentence.TokenCount);
        var lists = new List<ActorList>();
        for (int k = 1; k < tokens.Length - 1; k++)
        {
            var word = Lower(doc, tokens[k]);
            if (word is not ("and" or "or")) continue;
            var right = Run(doc, tokens, k + 1, +1);
            var left = Run(doc, tokens, k - 1, -1);
            if (right is null || left is null) continue;
            var members = new List<Member> { left.Value.Member, right.Value.Member };
            // "A, B and C": walk back over comma-separated members
            for (int at = left.Value.Next; at >= 1 && tokens[at].Kind == TokenKind.Punctuation && doc.AsSpan(tokens[at].Span) is ","; )
            {
                var more = Run(doc, tokens, at - 1, -1);
                if (more is null) break;
                members.Insert(0, more.Value.Member);
                at = more.Value.Next;
            }
            if (members.All(m => IsActor(doc, m, sentence))) lists.Add(new ActorList(members));
        }
        return lists;
    }

    // A run of 1-3 content words from `start` going `step`; `Next` is the index just past it.
    private static (Member Member, int Next)? Run(Document doc, ReadOnlySpan<Token> tokens, int start, int step)
    {
        int k = start, n = 0;
        while (k >= 0 && k < tokens.Length && n < 3 && tokens[k].Kind == TokenKind.Word && !FunctionWords.Contains(Lower(doc, tokens[k])))
        {
            k += step;
            n++;
        }
        // why: a run to the right can reach into the verb ("volunteers searched"); it ends at its last word that reads
        // as people ("parent groups", "cleaning staff")
        if (step > 0)
            while (n > 1 && !ReadsAsPeople(doc.AsSpan(tokens[k - 1].Span).ToString(), inside: true)) { k--; n--; }
        if (n == 0) return null;
        var first = step > 0 ? tokens[start] : tokens[k - step];
        var last = step > 0 ? tokens[k - step] : tokens[start];
        var span = new TextSpan(first.Start, last.End);
        return (new Member(span, doc[span], ContentWords.Stem(Lower(doc, last))), k);
    }

    private static bool IsActor(Document doc, Member m, Sentence sentence) =>
        ReadsAsPeople(m.Text.Split(' ')[^1], inside: m.Span.Start > sentence.Start);

    // A plural, a collective noun, or a capitalised word that does not open the sentence (`inside`).
    private static bool ReadsAsPeople(string word, bool inside)
    {
        var lower = word.ToLowerInvariant();
        if (Collective.Contains(lower) || lower.EndsWith("men", StringComparison.Ordinal) || lower.EndsWith("people", StringComparison.Ordinal)) return true;
        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)) return true;
        return inside && char.IsUpper(word[0]);
    }

    private static string Lower(Document doc, Token t) => doc.AsSpan(t.Span).ToString().ToLowerInvariant();
}
