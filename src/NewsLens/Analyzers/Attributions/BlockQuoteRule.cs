namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// "X said:" ending a paragraph introduces a block quotation: the next paragraph is X's content, whatever its quote
/// marks. It runs to the close of a quote that opens the paragraph, across later paragraphs when the closing mark
/// comes there; with marks missing or unbalanced it is the one paragraph. Token indices are inclusive.
/// </summary>
internal static class BlockQuoteRule
{
    /// <summary>Farthest a colon may stand after the cue ("said on Monday:").</summary>
    public const int MaxColonGap = 8;

    /// <summary>Paragraphs searched after an unclosed block for the mark that closes it.</summary>
    public const int MaxParagraphs = 5;

    private static readonly int[] IntroWords = [.. new[] { "said", "says", "wrote", "writes", "added", "adds", "stated", "states",
        "declared", "declares", "tweeted", "tweets", "posted", "posts", "told", "explained", "explains", "continued", "continues" }
        .Select(w => TokenView.HashLower(w))];

    /// <summary>The colon that ends the cue's paragraph within <see cref="MaxColonGap"/> tokens of the cue, in its sentence; -1 if none.</summary>
    public static int IntroColon(TokenView v, int cs, int ce)
    {
        var doc = v.Doc;
        int last = QuoteScanner.LastToken(doc, doc.Paragraphs[v.Para[ce]]);
        if (last < ce || last - ce > MaxColonGap || v.Shape[last] != TokenView.ShColon || doc.Text[v.Span(last).Start] != ':') return -1;
        if (v.Sent[last] != v.Sent[ce] && !(last == ce + 1 && v.SentStart[last])) return -1;
        for (int i = ce + 1; i < last; i++) if (v.InQuote[i] || v.QuoteMark[i] != 0) return -1;
        if (v.Para[last] + 1 >= doc.Paragraphs.Count || doc.Paragraphs[v.Para[last] + 1].SentenceCount == 0) return -1;
        return last;
    }

    /// <summary>The content [s, e] of the block quotation a cue introduces, or false when it introduces none.</summary>
    public static bool TryContent(TokenView v, int cs, int ce, out int s, out int e)
    {
        s = e = -1;
        int colon = IntroColon(v, cs, ce);
        if (colon < 0) return false;
        var doc = v.Doc;
        int p = v.Para[colon] + 1;
        s = QuoteScanner.FirstToken(doc, doc.Paragraphs[p]);
        e = QuoteScanner.LastToken(doc, doc.Paragraphs[p]);
        if (v.QuoteMark[s] != QuoteScanner.Open) return true;
        var q = v.OuterQuoteOpenedAt(s);
        if (q is null) return true;
        if (!q.Unclosed)
        {
            // A quote running on into later paragraphs ends the content where it closes; one closing inside the paragraph does not cut it.
            e = v.LastTokenEndingBy(e, q.Span.End);
            return true;
        }
        // The quote did not close in its paragraph: a closing mark opening no new quote in a later paragraph ends it.
        for (int k = p + 1; k < doc.Paragraphs.Count && k <= p + MaxParagraphs; k++)
        {
            int first = QuoteScanner.FirstToken(doc, doc.Paragraphs[k]), last = QuoteScanner.LastToken(doc, doc.Paragraphs[k]);
            for (int i = first; i <= last && i >= 0; i++)
            {
                if (v.QuoteMark[i] == QuoteScanner.Open) return true;
                if (IsClosingMark(v, i)) { e = i; return true; }
            }
        }
        return true;
    }

    /// <summary>True when the token is "said"/"wrote"/... and ends, with a colon, a paragraph followed by another.</summary>
    public static bool IsIntroCue(TokenView v, int i) => Array.IndexOf(IntroWords, v.Word[i]) >= 0 && i + 1 < v.Count && IntroColon(v, i, i) == i + 1;

    private static bool IsClosingMark(TokenView v, int i)
    {
        var span = v.Span(i);
        if (span.Length != 1) return false;
        char c = v.Doc.Text[span.Start];
        return c is '\u201D' or '\u00BB' || (c == '"' && (span.End >= v.Doc.Text.Length || char.IsWhiteSpace(v.Doc.Text[span.End])));
    }
}
