using System.Collections.Frozen;

namespace NewsLens.Text;

/// <summary>
/// Rule-based paragraph, sentence and token segmentation tuned for news text.
/// Thread-safe and allocation-light: one pass for tokens, one over tokens for sentences.
/// Paragraphs are separated by blank lines; a single line break ends a sentence unless the next line
/// continues it in lower case (hard-wrapped text). Sentence spans are trimmed, ordered and disjoint,
/// and every non-whitespace character belongs to exactly one sentence.
/// </summary>
public sealed class Segmenter
{
    public static Segmenter Default { get; } = new();

    // Titles before names: a full stop after them never ends a sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Maj", "Adm", "Cmdr", "Gov",
         "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Brig", "Pvt",
         "Fr", "Sr", "Jr", "Sra", "Det", "Atty", "Amb", "Cllr", "Dist", "Gens", "Sens", "Reps", "Supt", "Ald"],
        StringComparer.Ordinal);

    // Abbreviations that may end a sentence: a full stop after them ends one only when a typical sentence opener follows.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["Inc", "Corp", "Ltd", "Co", "Bros", "etc", "vs", "v", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
         "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "dept", "Dept", "Univ", "Ave", "Blvd", "Rd", "Fig", "fig",
         "al", "cf", "ca", "Vol", "vol", "pp", "Ch", "Art", "Sec", "Div", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga",
         "Ill", "Ind", "Kan", "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
         "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala", "Ark", "Del", "Mex", "Jr", "Sr",
         "p", "m", "a", "ft", "lb", "lbs", "oz", "min", "hr", "hrs", "mln", "bln", "pct", "Nr", "nr"],
        StringComparer.Ordinal);

    // Words that cannot end a sentence: a line break after them is a hard wrap, not a boundary.
    private static readonly FrozenSet<string> NonFinalWords = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "that",
         "which", "who", "whose", "whom", "than", "into", "onto", "upon", "about", "over", "under", "between", "after",
         "before", "during", "its", "his", "her", "their", "our", "my", "your", "The", "A", "An"],
        StringComparer.Ordinal);

    // Words that usually open a sentence; used to break after an ambiguous abbreviation.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But",
         "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Its", "His", "Her", "Their", "Our",
         "Some", "Many", "Most", "No", "Yet", "So", "Still", "However", "Meanwhile", "Now", "Then", "Last", "One", "Two",
         "What", "Why", "How", "Who", "Where", "According", "Officials", "Police", "Critics", "Since", "For", "With",
         "Nobody", "Nothing", "Everyone", "Everybody", "Everything", "Someone", "Each", "Every", "Both", "All", "Any",
         "Other", "Others", "Such", "Here", "Today", "Yesterday", "Tomorrow", "Although", "Though", "Because", "Despite",
         "Only", "Even", "Also", "Instead", "Later", "Earlier", "Several", "Few", "Neither", "Not", "My", "Your", "Let",
         "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Can", "Could", "Should", "Would", "Has", "Have", "Had",
         "Mr", "Mrs", "Ms", "Dr", "Asked", "Under", "Unlike", "Among", "During", "Until", "Once", "Whether"],
        StringComparer.Ordinal);

    /// <summary>Segments <paramref name="text"/>. Never throws for any string input.</summary>
    public Segmentation Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        var lineStart = new List<bool>(tokens.Capacity);
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 120));

        int pos = 0;
        int n = text.Length;
        while (pos < n)
        {
            // Skip blank space between paragraphs.
            while (pos < n && char.IsWhiteSpace(text[pos])) pos++;
            if (pos >= n) break;
            int paraStart = pos;
            int paraEnd = FindParagraphEnd(text, pos);
            int firstToken = tokens.Count;
            Tokenize(text, paraStart, paraEnd, tokens, lineStart);
            int firstSentence = sentences.Count;
            SplitSentences(text, tokens, lineStart, firstToken, tokens.Count, paragraphs.Count, sentences);
            int end = paraEnd;
            while (end > paraStart && char.IsWhiteSpace(text[end - 1])) end--;
            paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(paraStart, end), firstSentence, sentences.Count - firstSentence));
            pos = paraEnd;
        }
        return new Segmentation([.. paragraphs], [.. sentences], [.. tokens]);
    }

    // A paragraph ends at a line that is blank (only whitespace), or at the end of the text.
    private static int FindParagraphEnd(string text, int start)
    {
        int n = text.Length;
        int i = start;
        while (i < n)
        {
            int nl = text.IndexOf('\n', i);
            if (nl < 0) return n;
            // Look at the next line: blank?
            int j = nl + 1;
            while (j < n && text[j] != '\n' && char.IsWhiteSpace(text[j])) j++;
            if (j >= n) return n;
            if (text[j] == '\n') return nl;
            i = j;
        }
        return n;
    }

    private static void Tokenize(string text, int start, int end, List<Token> tokens, List<bool> lineStart)
    {
        int p = start;
        bool atLineStart = true;
        while (p < end)
        {
            char c = text[p];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') atLineStart = true;
                p++;
                continue;
            }
            int tokEnd;
            TokenKind kind;
            if (IsUrlStart(text, p, end))
            {
                tokEnd = ScanUrl(text, p, end);
                kind = TokenKind.Url;
            }
            else if (char.IsLetterOrDigit(c) || c == '_' || (char.IsHighSurrogate(c) && p + 1 < end && char.IsLetter(text, p)))
            {
                tokEnd = ScanWord(text, p, end, out kind);
            }
            else if (c == '.' && p + 1 < end && char.IsAsciiDigit(text[p + 1]) && (p == start || !IsWordChar(text, p - 1)))
            {
                // why: ".75" is a number, not a full stop followed by one.
                tokEnd = ScanWord(text, p + 1, end, out _);
                kind = TokenKind.Number;
            }
            else if (char.IsHighSurrogate(c) && p + 1 < end && char.IsLowSurrogate(text[p + 1]))
            {
                tokEnd = p + 2;
                kind = TokenKind.Symbol;
            }
            else if (c is '.' or '!' or '?')
            {
                tokEnd = p + 1;
                while (tokEnd < end && text[tokEnd] is '.' or '!' or '?') tokEnd++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && p + 1 < end && text[p + 1] == '-')
            {
                tokEnd = p + 2;
                while (tokEnd < end && text[tokEnd] == '-') tokEnd++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                tokEnd = p + 1;
                // Keep a lone surrogate or combining mark with what it is attached to.
                while (tokEnd < end && (char.IsLowSurrogate(text[tokEnd]) || IsMark(text[tokEnd]))) tokEnd++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(new Token(new TextSpan(p, tokEnd), kind));
            lineStart.Add(atLineStart);
            atLineStart = false;
            p = tokEnd;
        }
    }

    private static bool IsMark(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark || c == '\u200D' || c == '\uFE0F';
    }

    private static bool IsUrlStart(string text, int p, int end)
    {
        if (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] == '@')) return false;
        var rest = text.AsSpan(p, Math.Min(8, end - p));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(string text, int p, int end)
    {
        int q = p;
        while (q < end)
        {
            char c = text[q];
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019') break;
            q++;
        }
        // Trailing punctuation belongs to the sentence, not the URL; a closing bracket stays when the URL opened one.
        // why: where the first '(' is, found once; searching the URL for it at every trailing ')' was quadratic
        int firstOpen = text.AsSpan(p, q - p).IndexOf('(');
        NewsLens.Pipeline.WorkMeter.Add(q - p);
        while (q > p + 1)
        {
            NewsLens.Pipeline.WorkMeter.Add();
            char last = text[q - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}') { q--; continue; }
            if (last == ')' && (firstOpen < 0 || p + firstOpen >= q)) { q--; continue; }
            break;
        }
        if (char.IsLowSurrogate(text[q - 1]) == false && char.IsHighSurrogate(text[q - 1])) q--;
        return Math.Max(q, p + 1);
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c) || c == '_' || IsMark(c)) return true;
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetter(text, i);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]) && char.IsLetter(text, i - 1);
        return false;
    }

    private static int ScanWord(string text, int p, int end, out TokenKind kind)
    {
        int q = p;
        bool sawAt = false, sawDot = false, allDigits = true, letterDotPattern = true;
        int segLen = 0, maxSeg = 0;
        while (q < end)
        {
            if (IsWordChar(text, q))
            {
                if (!char.IsDigit(text[q])) allDigits = false;
                segLen++;
                q++;
                continue;
            }
            char c = text[q];
            bool nextIsWord = q + 1 < end && IsWordChar(text, q + 1);
            if (!nextIsWord) break;
            char next = text[q + 1];
            if (c is '\'' or '\u2019' && char.IsLetter(next)) { allDigits = false; q++; continue; }
            if (c is '-' or '\u2011') { allDigits = false; letterDotPattern = false; q++; continue; }
            if (c == '.' ) { sawDot = true; maxSeg = Math.Max(maxSeg, segLen); segLen = 0; q++; continue; }
            if (c == ',' && char.IsDigit(text[q - 1]) && IsThousandsGroup(text, q + 1, end)) { q++; continue; }
            if (c == ':' && char.IsDigit(text[q - 1]) && char.IsDigit(next) && allDigits) { q++; continue; }
            if (c == '@' && !sawAt) { sawAt = true; allDigits = false; q++; continue; }
            if (c == '&' && char.IsUpper(text[q - 1]) && char.IsUpper(next)) { allDigits = false; q++; continue; }
            if (c == '/' && char.IsDigit(text[q - 1]) && char.IsDigit(next) && allDigits) { q++; continue; }
            break;
        }
        maxSeg = Math.Max(maxSeg, segLen);
        // Dotted abbreviations (U.S., a.m., e.g.) keep their final full stop.
        if (sawDot && !sawAt && !allDigits && letterDotPattern && maxSeg <= 3 && q < end && text[q] == '.'
            && (q + 1 >= end || !char.IsLetterOrDigit(text[q + 1])))
            q++;
        if (sawAt && sawDot) kind = TokenKind.Email;
        else kind = allDigits || char.IsDigit(text[p]) ? TokenKind.Number : TokenKind.Word;
        return q;
    }

    private static bool IsThousandsGroup(string text, int i, int end)
    {
        if (i + 3 > end) return false;
        for (int k = 0; k < 3; k++) if (!char.IsDigit(text[i + k])) return false;
        return i + 3 == end || !char.IsDigit(text[i + 3]);
    }

    private static bool IsClosing(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u00BB' or '\u203A' or '}';

    private static bool IsTerminal(string text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        return c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002';
    }

    private void SplitSentences(string text, List<Token> tokens, List<bool> lineStart, int first, int last, int paragraph, List<Sentence> sentences)
    {
        if (first >= last) return;
        int sentStart = first;
        for (int i = first; i < last; i++)
        {
            int boundaryAfter = -1;
            var t = tokens[i];
            if (i + 1 < last && lineStart[i + 1])
            {
                // Line break: a new sentence unless the next line continues this one in lower case.
                if (!ContinuesLine(text, tokens, i, last)) boundaryAfter = i;
            }
            if (boundaryAfter < 0 && (IsTerminal(text, t) || IsDottedAbbreviation(text, t)))
            {
                int j = i + 1;
                if (IsTerminal(text, t))
                    while (j < last && !lineStart[j] && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Start == tokens[j - 1].End && IsClosing(text[tokens[j].Start]))
                        j++;
                int lastOfSentence = j - 1;
                if (j >= last) { i = last - 1; break; }
                if (EndsSentence(text, tokens, i, j, sentStart)) boundaryAfter = lastOfSentence;
            }
            if (boundaryAfter >= 0)
            {
                AddSentence(tokens, sentStart, boundaryAfter + 1, paragraph, sentences);
                sentStart = boundaryAfter + 1;
                i = boundaryAfter;
            }
        }
        if (sentStart < last) AddSentence(tokens, sentStart, last, paragraph, sentences);
    }

    private static void AddSentence(List<Token> tokens, int from, int to, int paragraph, List<Sentence> sentences)
    {
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        sentences.Add(new Sentence(sentences.Count, span, from, to - from, paragraph));
    }

    private static bool ContinuesLine(string text, List<Token> tokens, int i, int last)
    {
        var prev = tokens[i];
        var next = tokens[i + 1];
        // why: hard-wrapped text breaks lines anywhere; a line ending in "Mr." or in "the" / "of" cannot end a sentence.
        if (text[prev.Start] == '.' && prev.Length() == 1 && i > 0 && tokens[i - 1].End == prev.Start && tokens[i - 1].Kind == TokenKind.Word
            && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length())))
            return true;
        if (prev.Kind == TokenKind.Word && NonFinalWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(prev.Start, prev.Length()))
            && next.Kind is TokenKind.Word or TokenKind.Number)
            return true;
        if (IsTerminal(text, prev)) return false;
        char pc = text[prev.End - 1];
        if (IsClosing(pc) && prev.Kind == TokenKind.Punctuation) return false;
        char nc = text[next.Start];
        return char.IsLower(nc) || (prev.Kind == TokenKind.Punctuation && pc is ',' or ';' or '-' && !char.IsUpper(nc) && next.Kind != TokenKind.Punctuation);
    }

    private static bool IsDottedAbbreviation(string text, Token t) =>
        t.Kind == TokenKind.Word && t.Length() > 2 && text[t.End - 1] == '.';

    private bool EndsSentence(string text, List<Token> tokens, int terminal, int next, int sentStart)
    {
        var term = tokens[terminal];
        var nt = tokens[next];
        char nc = text[nt.Start];
        // why: a boundary needs a space after the terminal (and its closing quotes): "a.b", "3.x", "!)" stay joined.
        if (nt.Start == tokens[next - 1].End) return false;
        // why: "1." or "12." opening a line is a list number, not a sentence.
        if (text[term.Start] == '.' && term.Length() == 1 && terminal == sentStart + 1 && tokens[sentStart].Kind == TokenKind.Number
            && tokens[sentStart].End == term.Start && tokens[sentStart].Length() <= 3)
            return false;
        bool nextLower = char.IsLower(nc);
        if (nextLower) return false;
        if (nt.Kind == TokenKind.Punctuation && nc is ',' or ';' or ':' or ')' or ']' or '}' or '%' or '-' or '\u2013' or '\u2014') return false;
        if (nt.Kind == TokenKind.Number && text[term.Start] == '.' && term.Length() == 1 && terminal > 0
            && tokens[terminal - 1].End == term.Start && text.AsSpan(tokens[terminal - 1].Start, tokens[terminal - 1].Length()) is "No" or "Nos" or "Art" or "Sec" or "Fig" or "Vol" or "pp" or "p")
            return false;
        string nextWord = nt.Kind == TokenKind.Word ? text.Substring(nt.Start, nt.Length()) : "";
        if (IsDottedAbbreviation(text, term))
            return Openers.Contains(nextWord) || nt.Kind is TokenKind.Punctuation;
        if (text[term.Start] == '.' && term.Length() == 1 && terminal > 0 && tokens[terminal - 1].End == term.Start)
        {
            var prev = tokens[terminal - 1];
            if (prev.Kind == TokenKind.Word)
            {
                var w = text.AsSpan(prev.Start, prev.Length());
                var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.Contains(w)) return false;
                if (w.Length == 1 && char.IsUpper(w[0])) return Openers.Contains(nextWord) && nextWord.Length > 1;
                var abbr = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
                if (abbr.Contains(w)) return Openers.Contains(nextWord);
            }
        }
        if (text[term.Start] == '\u2026' || (term.Length() >= 3 && text[term.Start] == '.'))
            return char.IsUpper(nc) || nt.Kind == TokenKind.Punctuation && nc is '"' or '\u201C' or '(';
        return true;
    }
}

internal static class TokenExtensions
{
    public static int Length(this Token t) => t.End - t.Start;
}
