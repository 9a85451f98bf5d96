using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>
/// The offset contract of <see cref="Segmenter"/>, checked on one text: returns the first violation, or null.
/// Spans lie inside the text; sentences are ordered, disjoint, trimmed and separated by whitespace only (so they
/// tile the non-whitespace text); tokens are non-empty, whitespace-free, ordered, cover every non-whitespace char and
/// lie inside their sentence; paragraphs hold their sentences; <c>Text[span]</c> round-trips.
/// </summary>
internal static class SegmentationInvariants
{
    public static string? Violation(string text)
    {
        var doc = Document.Create(text);
        int n = text.Length;
        var sentences = doc.Sentences;
        var tokens = doc.Tokens;

        int prevEnd = 0;
        int tokenCursor = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Index != i) return $"sentence {i} has index {s.Index}";
            if (s.Start < 0 || s.End > n || s.Start >= s.End) return $"sentence {i} span {s.Span} bad for length {n}";
            if (s.Start < prevEnd) return $"sentence {i} {s.Span} overlaps the previous one ending at {prevEnd}";
            if (!IsWhitespace(text, prevEnd, s.Start)) return $"non-whitespace between sentences before {i} in [{prevEnd}, {s.Start})";
            if (char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])) return $"sentence {i} {s.Span} is not trimmed";
            if (s.FirstToken != tokenCursor) return $"sentence {i} starts at token {s.FirstToken}, expected {tokenCursor}";
            if (s.TokenCount <= 0) return $"sentence {i} has no tokens";
            tokenCursor += s.TokenCount;
            foreach (var t in doc.TokensOf(s))
                if (!s.Span.Contains(t.Span)) return $"token {t.Span} outside its sentence {s.Span}";
            if (doc[s.Span] != text.Substring(s.Start, s.End - s.Start)) return $"sentence {i} does not round-trip";
            prevEnd = s.End;
        }
        if (!IsWhitespace(text, prevEnd, n)) return $"non-whitespace after the last sentence in [{prevEnd}, {n})";
        if (tokenCursor != tokens.Count) return $"sentences hold {tokenCursor} tokens of {tokens.Count}";

        int covered = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start < covered || t.End > n || t.Start >= t.End) return $"token {i} {t.Span} bad (previous end {covered}, length {n})";
            if (!IsWhitespace(text, covered, t.Start)) return $"char not in any token in [{covered}, {t.Start})";
            for (int k = t.Start; k < t.End; k++)
                if (char.IsWhiteSpace(text[k])) return $"token {i} {t.Span} contains whitespace at {k}";
            covered = t.End;
        }
        if (!IsWhitespace(text, covered, n)) return $"char not in any token after {covered}";

        foreach (var p in doc.Paragraphs)
        {
            if (p.Span.End > n) return $"paragraph {p.Index} {p.Span} outside the text";
            for (int i = p.FirstSentence; i < p.FirstSentence + p.SentenceCount; i++)
                if (!p.Span.Contains(sentences[i].Span)) return $"sentence {i} outside its paragraph {p.Index}";
        }
        return null;
    }

    private static bool IsWhitespace(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
