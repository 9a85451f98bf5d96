using NewsLens.Analyzers.Attributions;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

public class QuoteScannerTests
{
    private static List<Quotation> Scan(string text)
    {
        var doc = Document.Create(text);
        return QuoteScanner.Scan(doc, new byte[doc.Tokens.Count], new bool[doc.Tokens.Count]);
    }

    [Fact]
    public void A_quote_continued_by_an_opening_mark_in_the_next_paragraph_spans_both()
    {
        const string text = "“It will take two years.\n\n“The money is there.”\n\nLater.";
        var q = Assert.Single(Scan(text));
        Assert.Equal(2, q.Paragraphs);
        Assert.False(q.Unclosed);
        Assert.Equal(text.IndexOf('”') + 1, q.Span.End);
    }

    [Fact]
    public void A_quote_that_never_closes_is_marked_unclosed_at_its_paragraph_end()
    {
        const string text = "\"We will never give up, Smith said.\n\nThe next paragraph.";
        var q = Assert.Single(Scan(text));
        Assert.True(q.Unclosed);
        Assert.Equal(text.IndexOf('\n'), q.Span.End);
    }

    [Fact]
    public void A_single_quoted_phrase_inside_a_quote_is_a_nested_quotation()
    {
        var quotes = Scan("\"We were told 'wait and see' by the board,\" she said.");
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Depth == 1 && !q.Unclosed);
    }

    [Fact]
    public void A_stray_closing_mark_is_ignored()
    {
        Assert.Empty(Scan("He left” and never came back."));
    }

    [Fact]
    public void A_second_opening_mark_ends_the_first_quote_as_unclosed()
    {
        var quotes = Scan("“First part, he said. “Second part.”");
        Assert.Equal(2, quotes.Count);
        Assert.True(quotes[0].Unclosed);
        Assert.False(quotes[1].Unclosed);
    }
}
