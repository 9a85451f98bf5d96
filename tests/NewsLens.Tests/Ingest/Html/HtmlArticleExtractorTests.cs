using System.Text;
using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Para = "<p>The committee published its findings on Tuesday after a year of hearings in the capital.</p>";

    [Fact]
    public void Markup_nested_a_hundred_thousand_deep_does_not_overflow_the_stack()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append(i % 2 == 0 ? "<div>" : "<span>");
        sb.Append(Para);
        var result = Extractor.Extract(sb.ToString());
        Assert.False(result.IsArticle);
        Assert.Contains("nested deeper", result.NotArticleReason);
    }

    [Fact]
    public void Markup_nested_just_under_the_limit_is_still_extracted()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) sb.Append("<div>");
        sb.Append(Para).Append(Para).Append(Para);
        var result = Extractor.Extract(sb.ToString());
        Assert.Contains("committee published", result.Article.Text);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_with_a_reason()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractorOptions { MaxInputChars = 1000 });
        var result = extractor.Extract(new string('a', 1001));
        Assert.False(result.IsArticle);
        Assert.Contains("too large", result.NotArticleReason);
    }

    [Fact]
    public void A_fifty_megabyte_page_is_refused_quickly_by_the_default_limit()
    {
        var result = Extractor.Extract(new string('x', 50_000_000));
        Assert.False(result.IsArticle);
        Assert.Contains("too large", result.NotArticleReason);
    }

    [Fact]
    public void Binary_garbage_is_reported_as_not_html()
    {
        var rng = new Random(7);
        var chars = new char[5000];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)rng.Next(0, 32);
        var result = Extractor.Extract(new string(chars));
        Assert.False(result.IsArticle);
        Assert.Contains("binary", result.NotArticleReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<<<>>><!--<script>")]
    [InlineData("<table><tr><td><table><tr><td>x")]
    public void Empty_or_broken_input_is_not_an_article_and_does_not_throw(string html)
    {
        var result = Extractor.Extract(html);
        Assert.False(result.IsArticle);
        Assert.False(string.IsNullOrEmpty(result.NotArticleReason));
    }

    [Fact]
    public void Null_input_throws_argument_null()
    {
        Assert.Throws<ArgumentNullException>(() => Extractor.Extract(null!));
    }

    [Fact]
    public void Random_strings_never_make_extract_throw()
    {
        var rng = new Random(11);
        string alphabet = "<>/=\"' abcdivpscript-!&#;\n\u00e9\u4e2d";
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[rng.Next(0, 400)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            var result = Extractor.Extract(new string(chars), n % 2 == 0 ? null : "not a url");
            foreach (var link in result.Article.Metadata.Links)
                Assert.True(link.Span.End <= result.Article.Text.Length);
        }
    }

    [Fact]
    public void Relative_links_resolve_against_the_base_element()
    {
        var html = $"<html><head><base href=\"https://cdn.example/news/\"></head><body>{Para}<p>Read the <a href=\"doc/1\">original document</a> that the committee released on Tuesday afternoon.</p>{Para}</body></html>";
        var result = Extractor.Extract(html, "https://site.example/page");
        var link = Assert.Single(result.Article.Metadata.Links);
        Assert.Equal("https://cdn.example/news/doc/1", link.Href);
        Assert.Equal("original document", result.Article.Text[link.Span.Start..link.Span.End]);
    }

    [Fact]
    public void Blocks_are_separated_by_one_blank_line_and_keep_their_order()
    {
        var html = "<body><article><h2>First heading here</h2><p>One paragraph with enough words to count as article text for sure.</p>"
            + "<ul><li>First item of the list</li><li>Second item of the list</li></ul>"
            + "<blockquote>A quoted passage that the writer wanted to keep word for word.</blockquote></article></body>";
        var text = Extractor.Extract(html).Article.Text;
        Assert.Equal("First heading here\n\nOne paragraph with enough words to count as article text for sure.\n\n"
            + "First item of the list\n\nSecond item of the list\n\nA quoted passage that the writer wanted to keep word for word.", text);
    }

    [Fact]
    public void Extract_is_safe_to_call_from_many_threads_at_once()
    {
        var html = "<body><article>" + string.Concat(Enumerable.Repeat(Para, 5)) + "</article></body>";
        var expected = Extractor.Extract(html).Article.Text;
        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = Extractor.Extract(html).Article.Text);
        Assert.All(texts, t => Assert.Equal(expected, t));
    }
}
