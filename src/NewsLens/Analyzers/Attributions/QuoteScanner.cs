using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Finds quotations by their marks, token by token, tolerating broken input: a quote left open at the end of a
/// paragraph continues when the next paragraph opens with a quote mark (news style for multi-paragraph quotes) and is
/// otherwise marked unclosed; a second opening mark before a close ends the first quote as unclosed; stray closing
/// marks are ignored. Never throws. Thread-safe (no state).
/// </summary>
internal static class QuoteScanner
{
    public const byte None = 0, Open = 1, Close = 2;

    /// <summary>Marks each token as an opening or closing quote mark and returns the quotations.</summary>
    public static List<Quotation> Scan(Document doc, byte[] marks, bool[] inQuote)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var quotes = new List<Quotation>();
        int open = -1, openParas = 0, nested = -1;
        for (int p = 0; p < doc.Paragraphs.Count; p++)
        {
            var para = doc.Paragraphs[p];
            int first = FirstToken(doc, para), last = LastToken(doc, para);
            for (int i = first; i <= last; i++)
            {
                char c = text[tokens[i].Start];
                if (tokens[i].Span.Length != 1) continue;
                int kind = DoubleKind(text, tokens[i].Start, c, open >= 0);
                if (kind == Open)
                {
                    if (open >= 0 && i == first && openParas > 0) { marks[i] = Open; continue; } // continuation mark
                    if (open >= 0) Emit(quotes, tokens, open, i - 1, true, openParas, 0, inQuote);
                    open = i; openParas = 1; nested = -1;
                    marks[i] = Open;
                }
                else if (kind == Close)
                {
                    if (open < 0) continue;
                    marks[i] = Close;
                    Emit(quotes, tokens, open, i, false, openParas, 0, inQuote);
                    open = -1; nested = -1;
                }
                else if (open >= 0 && IsSingle(c))
                {
                    // Nested quotes use single marks; an apostrophe token inside a quote opens or closes one.
                    bool opening = c == '\u2018' || (c == '\'' && nested < 0 && (tokens[i].Start == 0 || !char.IsLetterOrDigit(text[tokens[i].Start - 1])));
                    if (opening && nested < 0) nested = i;
                    else if (!opening && nested >= 0)
                    {
                        quotes.Add(new Quotation(new TextSpan(tokens[nested].Start, tokens[i].End), false, 1, 1));
                        nested = -1;
                    }
                }
            }
            if (open >= 0)
            {
                // A quote still open at paragraph end continues only if the next paragraph opens with a mark.
                bool continues = p + 1 < doc.Paragraphs.Count && StartsWithOpeningMark(doc, doc.Paragraphs[p + 1]);
                if (continues) openParas++;
                else
                {
                    Emit(quotes, tokens, open, last, true, openParas, 0, inQuote);
                    open = -1;
                }
                nested = -1;
            }
        }
        quotes.Sort((a, b) => a.Span.CompareTo(b.Span));
        return quotes;
    }

    private static void Emit(List<Quotation> quotes, IReadOnlyList<Token> tokens, int from, int to, bool unclosed, int paras, int depth, bool[] inQuote)
    {
        if (to < from) to = from;
        quotes.Add(new Quotation(new TextSpan(tokens[from].Start, tokens[to].End), unclosed, paras, depth));
        // why: where an unclosed quote really ends is unknown, so its tokens are not flagged as quoted; a cue such as
        // "Smith said" after the missing closing mark must stay visible to the cue tagger.
        if (unclosed) return;
        for (int i = from; i <= to; i++) inQuote[i] = true;
    }

    private static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019';

    // Open, Close or None for a one-character token; a straight quote opens after space or an opening bracket.
    private static int DoubleKind(string text, int at, char c, bool isOpen)
    {
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u00AB': return Open;
            case '\u201D' or '\u00BB': return Close;
            case '"':
                bool spaceBefore = at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '\u2014' or '-';
                bool spaceAfter = at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]);
                if (spaceBefore && !spaceAfter) return Open;
                if (spaceAfter && !spaceBefore) return Close;
                return isOpen ? Close : Open;
            default: return None;
        }
    }

    private static bool StartsWithOpeningMark(Document doc, Paragraph para)
    {
        int t = FirstToken(doc, para);
        if (t < 0 || t >= doc.Tokens.Count) return false;
        var tok = doc.Tokens[t];
        return tok.Span.Length == 1 && DoubleKind(doc.Text, tok.Start, doc.Text[tok.Start], false) == Open;
    }

    public static int FirstToken(Document doc, Paragraph para) =>
        para.SentenceCount == 0 ? 0 : doc.Sentences[para.FirstSentence].FirstToken;

    public static int LastToken(Document doc, Paragraph para)
    {
        if (para.SentenceCount == 0) return -1;
        var s = doc.Sentences[para.FirstSentence + para.SentenceCount - 1];
        return s.FirstToken + s.TokenCount - 1;
    }
}
