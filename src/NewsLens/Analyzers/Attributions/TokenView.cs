using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Per-token facts the attribution models read, computed once per document: hashed lower-cased word, suffix, shape,
/// sentence and paragraph membership and boundaries, quote marks. Not shared across threads.
/// </summary>
internal sealed class TokenView
{
    public const byte ShOther = 0, ShLower = 1, ShCap = 2, ShUpper = 3, ShNum = 4, ShOpenQ = 5, ShCloseQ = 6,
        ShComma = 7, ShStop = 8, ShColon = 9, ShDash = 10, ShParen = 11, ShPunct = 12, ShQ = 13;

    public TokenView(Document doc)
    {
        Doc = doc;
        int n = doc.Tokens.Count;
        Count = n;
        Word = new int[n];
        Suffix = new int[n];
        Shape = new byte[n];
        Sent = new int[n];
        Para = new int[n];
        SentStart = new bool[n];
        SentEnd = new bool[n];
        ParaStart = new bool[n];
        ParaEnd = new bool[n];
        QuoteMark = new byte[n];
        InQuote = new bool[n];
        var text = doc.Text;
        for (int i = 0; i < n; i++)
        {
            var t = doc.Tokens[i];
            Word[i] = HashLower(text.AsSpan(t.Start, t.Span.Length));
            Suffix[i] = t.Span.Length > 3 ? HashLower(text.AsSpan(t.End - 3, 3)) : Word[i];
            Shape[i] = ShapeOf(text, t);
        }
        foreach (var s in doc.Sentences)
        {
            for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++) { Sent[i] = s.Index; Para[i] = s.Paragraph; }
            if (s.TokenCount > 0) { SentStart[s.FirstToken] = true; SentEnd[s.FirstToken + s.TokenCount - 1] = true; }
        }
        foreach (var p in doc.Paragraphs)
        {
            int a = QuoteScanner.FirstToken(doc, p), b = QuoteScanner.LastToken(doc, p);
            if (b >= a && a >= 0) { ParaStart[a] = true; ParaEnd[b] = true; }
        }
        Quotes = QuoteScanner.Scan(doc, QuoteMark, InQuote);
        // why: outer quotes never overlap one another, so sorted by start they are sorted by end too and a binary
        // search finds the ones near a position; scanning every quote for every cue was quadratic
        Outer = Quotes.FindAll(q => q.Depth == 0);
        MultiParagraph = Outer.FindAll(q => q.Paragraphs > 1);
        SentHasQuote = new bool[doc.Sentences.Count];
        SentFirst = new int[n];
        SentLast = new int[n];
        foreach (var s in doc.Sentences)
        {
            for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
            {
                if (QuoteMark[i] != 0 || InQuote[i]) SentHasQuote[s.Index] = true;
                SentFirst[i] = s.FirstToken;
                SentLast[i] = s.FirstToken + s.TokenCount - 1;
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (QuoteMark[i] == QuoteScanner.Open) Shape[i] = ShOpenQ;
            else if (QuoteMark[i] == QuoteScanner.Close) Shape[i] = ShCloseQ;
        }
    }

    public Document Doc { get; }
    public int Count { get; }
    public int[] Word { get; }
    public int[] Suffix { get; }
    public byte[] Shape { get; }
    public int[] Sent { get; }
    public int[] Para { get; }
    public bool[] SentStart { get; }
    public bool[] SentEnd { get; }
    public bool[] ParaStart { get; }
    public bool[] ParaEnd { get; }
    public byte[] QuoteMark { get; }
    public bool[] InQuote { get; }
    public List<Quotation> Quotes { get; }

    /// <summary>The outermost quotations (depth 0), in text order; they never overlap.</summary>
    public List<Quotation> Outer { get; }

    /// <summary>The outermost quotations that run over more than one paragraph, in text order.</summary>
    public List<Quotation> MultiParagraph { get; }
    public bool[] SentHasQuote { get; }
    public int[] SentFirst { get; }
    public int[] SentLast { get; }

    /// <summary>The encoder's token vectors of the document, when the model reads them (one row per token).</summary>
    public NewsLens.Vectors.VectorTable? Vectors { get; init; }

    public int W(int i) => (uint)i < (uint)Count ? Word[i] : (i < 0 ? -1 : -2);
    public byte S(int i) => (uint)i < (uint)Count ? Shape[i] : (byte)(i < 0 ? 20 : 21);
    public TextSpan Span(int i) => Doc.Tokens[i].Span;

    /// <summary>The outermost quotation whose opening mark is token <paramref name="i"/>, or null.</summary>
    public Quotation? OuterQuoteOpenedAt(int i)
    {
        int start = Span(i).Start;
        int k = FirstEndingAfter(Outer, start);
        return k < Outer.Count && Outer[k].Span.Start == start ? Outer[k] : null;
    }

    /// <summary>Index of the first of <paramref name="quotes"/> (disjoint, in text order) that ends after <paramref name="position"/>;
    /// the count when none does. O(log n).</summary>
    public static int FirstEndingAfter(List<Quotation> quotes, int position)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            WorkMeter.Add();
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Span.End > position) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The last token from <paramref name="i"/> on that ends by <paramref name="end"/> (a character offset); <paramref name="i"/> itself at least. O(log n).</summary>
    public int LastTokenEndingBy(int i, int end)
    {
        // why: token ends increase, so a binary search finds the last one ending by end; stepping token by token from
        // every cue to the end of a quote that runs on for pages was quadratic
        int lo = i, hi = Count - 1;
        while (lo < hi)
        {
            WorkMeter.Add();
            int mid = (lo + hi + 1) >>> 1;
            if (Span(mid).End <= end) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>FNV-1a of the lower-cased text with curly quotes and apostrophes folded to straight ones and digits to 0.</summary>
    public static int HashLower(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c0 in s)
        {
            char c = c0 < 128
                ? (c0 is >= 'A' and <= 'Z' ? (char)(c0 | 0x20) : c0 is >= '0' and <= '9' ? '0' : c0)
                : c0 switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' => '\'',
                >= '0' and <= '9' => '0',
                _ => char.ToLowerInvariant(c0),
            };
            h ^= c;
            h *= 16777619;
        }
        return (int)h;
    }

    private static byte ShapeOf(string text, Token t)
    {
        char c = text[t.Start];
        switch (t.Kind)
        {
            case TokenKind.Number: return ShNum;
            case TokenKind.Word or TokenKind.Url or TokenKind.Email:
                if (!char.IsUpper(c)) return char.IsDigit(c) ? ShNum : ShLower;
                bool allUpper = t.Span.Length > 1;
                for (int i = t.Start + 1; i < t.End && allUpper; i++) if (char.IsLower(text[i])) allUpper = false;
                return allUpper ? ShUpper : ShCap;
        }
        return c switch
        {
            ',' => ShComma,
            '.' or '!' or '?' => ShStop,
            ':' or ';' => ShColon,
            '-' or '\u2013' or '\u2014' => ShDash,
            '(' or ')' or '[' or ']' => ShParen,
            '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' => ShQ,
            _ => ShPunct,
        };
    }
}
