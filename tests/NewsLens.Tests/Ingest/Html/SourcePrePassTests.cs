using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class SourcePrePassTests
{
    private static string Prepare(string html)
    {
        Assert.True(SourcePrePass.TryPrepare(html, 100, out var parseInput));
        using (parseInput)
            return parseInput.ToString();
    }

    [Fact]
    public void A_page_with_nothing_to_cut_comes_back_as_the_same_string()
    {
        const string html = "<html><body><p>Plain text only.</p></body></html>";
        Assert.Same(html, Prepare(html));
    }

    [Fact]
    public void Script_style_and_comment_content_is_cut_but_their_tags_stay()
    {
        var output = Prepare("<p>a</p><script type=\"text/javascript\">var x = '<div>';</script><style>p{color:red}</style><!-- note --><p>b</p>");
        Assert.Equal("<p>a</p><script type=\"text/javascript\"></script><style></style><p>b</p>", output);
    }

    [Fact]
    public void A_quoted_greater_than_sign_does_not_end_the_start_tag()
    {
        var output = Prepare("<script data-x=\"a>b\">code()</script><p>kept</p>");
        Assert.Equal("<script data-x=\"a>b\"></script><p>kept</p>", output);
    }

    [Fact]
    public void An_upper_case_end_tag_closes_its_script_and_not_a_later_one()
    {
        var output = Prepare("<SCRIPT>one()</SCRIPT><p>between</p><script>two()</script>");
        Assert.Equal("<SCRIPT></SCRIPT><p>between</p><script></script>", output);
    }

    [Fact]
    public void A_legacy_comment_wrapped_script_ends_where_the_tokenizer_says()
    {
        var output = Prepare("<script><!--\ndocument.write('<script src=x></script>');\n//--></script><p>after</p>");
        Assert.Equal("<script></script><p>after</p>", output);
    }

    [Fact]
    public void Nested_svg_is_cut_up_to_its_own_end_tag()
    {
        var output = Prepare("<svg viewBox=\"0 0 1 1\"><svg><title>icon</title></svg><path d=\"M0\"/></svg><p>text</p><svg/><p>more</p>");
        Assert.Equal("<svg viewBox=\"0 0 1 1\"></svg><p>text</p><svg/><p>more</p>", output);
    }

    [Fact]
    public void Title_text_is_kept()
    {
        const string html = "<title>A <b> headline</title><p>x</p>";
        Assert.Same(html, Prepare(html));
    }

    [Fact]
    public void An_unclosed_comment_is_cut_to_the_end_like_the_parser_reads_it()
    {
        Assert.Equal("<p>a</p>", Prepare("<p>a</p><!-- never closed <p>b</p>"));
    }

    [Fact]
    public void Nesting_inside_cut_content_does_not_count_as_depth()
    {
        var deep = "<noscript>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "</noscript><p>x</p>";
        Assert.True(SourcePrePass.TryPrepare(deep, 100, out var cut));
        cut.Dispose();
        Assert.False(SourcePrePass.TryPrepare(string.Concat(Enumerable.Repeat("<div>", 500)), 100, out _));
    }

    [Fact]
    public void Json_ld_in_a_cut_script_still_reaches_the_metadata()
    {
        const string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Dana Whitfield\"}}</script></head>"
            + "<body><article><p>The council voted on Monday to extend the library's opening hours through the winter months.</p></article></body></html>";
        var result = new HtmlArticleExtractor().Extract(html);
        Assert.Contains("Dana Whitfield", result.Article.Metadata.Authors);
    }

    [Fact]
    public void A_result_stays_intact_after_its_pooled_source_is_reused_by_the_next_page()
    {
        static string Page(string who, string what) =>
            "<html><head><meta name=\"author\" content=\"" + who + "\"><script>var pad = '" + new string('x', 5000) + "';</script></head><body><article>"
            + "<p>" + what + " The council voted on Monday to extend the library's opening hours through the winter.</p>"
            + "<p>Residents had asked for later closing times for two years, the chair said after the vote.</p></article></body></html>";
        var extractor = new HtmlArticleExtractor();
        var first = extractor.Extract(Page("Dana Whitfield", "Alpha report."));
        var firstText = new string(first.Article.Text.AsSpan());
        extractor.Extract(Page("Omar Lindqvist", "Bravo update."));
        Assert.Equal(firstText, first.Article.Text);
        Assert.StartsWith("Alpha report.", first.Article.Text);
    }
}
