using NewsLens.Training.Extraction;

namespace NewsLens.Tests.Training.Extraction;

public sealed class GoldTextTests
{
    [Fact]
    public void CleanEval_gold_loses_its_url_line_and_block_markers_and_decodes_entities()
    {
        var gold = "URL: http://example.org/a\n<h>Council backs budget\n\n<p>The council&#039;s vote was 7 to 2.\n<l>  * first item\n";
        Assert.Equal("Council backs budget\n\nThe council's vote was 7 to 2.\n  * first item", GoldText.FromCleanEval(gold));
    }

    [Fact]
    public void Dragnet_gold_ends_where_its_comments_marker_begins()
    {
        var gold = "Harbour reopens\n\nThe harbour reopened on Monday.\n\n!@#$%^&*()  COMMENTS\n\nby reader1\nGreat news!";
        Assert.Equal("Harbour reopens\n\nThe harbour reopened on Monday.", GoldText.FromDragnet(gold));
    }

    [Fact]
    public void Readability_gold_html_becomes_its_text_with_tags_as_line_breaks()
    {
        var text = GoldText.FromHtml("<div id=\"readability-page-1\"><p>Rain&nbsp;fell <a href=\"x\">all day</a>.</p><p>Roads closed.</p></div>");
        Assert.Equal(["Rain", "fell", "all", "day", "Roads", "closed"], ShingleScorer.Tokenize(text));
    }

    [Fact]
    public void The_address_of_a_CleanEval_page_comes_from_its_text_wrapper()
    {
        Assert.Equal("http://example.org/story", GoldText.CleanEvalUrl("<text id=\"http://example.org/story\" title=\"x\">\n<html>"));
        Assert.Null(GoldText.CleanEvalUrl("<html><body>no wrapper</body></html>"));
    }
}
