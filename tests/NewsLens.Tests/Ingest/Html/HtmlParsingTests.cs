using AngleSharp.Html.Parser;
using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class HtmlParsingTests
{
    private static readonly HtmlParser Parser = new(HtmlParsing.OptionsFor(HtmlExtractorOptions.Default));

    [Fact]
    public void Attributes_the_extractor_never_reads_are_not_materialised()
    {
        using var doc = Parser.ParseDocument("<html><body><div data-track=\"x\" class=\"story\" onclick=\"go()\" srcset=\"a.jpg 2x\" id=\"main\">t</div></body></html>");
        var div = doc.Body!.FirstElementChild!;
        Assert.Equal(["class", "id"], div.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Script_text_is_not_materialised()
    {
        // why: SkipComments, by contrast, leaves comment nodes in the DOM with AngleSharp 1.10.3, which is one reason
        // SourcePrePass cuts comments before the parse.
        using var doc = Parser.ParseDocument("<html><body><script>var a = 1;</script><p>x</p></body></html>");
        Assert.Equal(string.Empty, doc.Body!.FirstElementChild!.TextContent);
    }
}
