using System.Text;
using NewsLens.Analyzers.Verdict.Training;

namespace NewsLens.Tests.Analyzers.Verdict;

public sealed class SemEvalArticleReaderTests
{
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?><articles>
        	<article id="0000001" published-at="2020-01-02" title="A title &amp; more">
        Lead text <p>First <a href="http://x.example" type="external">linked</a> paragraph.</p> <p>Second <q>quoted</q> one &#8212; end.</p></article>
        	<article id="0000002" title="Empty"></article>
        </articles>
        """;

    private static List<SemEvalArticle> Read(string xml) =>
        [.. SemEvalArticleReader.ReadArticles(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml")];

    [Fact]
    public void Paragraph_markup_becomes_blank_lines_and_inline_markup_keeps_its_text()
    {
        var a = Read(Xml);
        Assert.Equal(2, a.Count);
        Assert.Equal("0000001", a[0].Id);
        Assert.Equal("A title & more", a[0].Title);
        Assert.Equal("Lead text\n\nFirst linked paragraph.\n\nSecond quoted one \u2014 end.", a[0].Text);
        Assert.Equal("", a[1].Text);
    }

    [Fact]
    public void A_document_type_definition_is_refused()
    {
        const string evil = """<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "boom">]><articles><article id="1">&x;</article></articles>""";
        var ex = Assert.Throws<InvalidDataException>(() => Read(evil));
        Assert.Contains("test.xml", ex.Message);
    }

    [Fact]
    public void The_outlet_is_the_host_without_www()
    {
        var a = new SemEvalArticle("1", "", "", null) { Url = "https://www.example-news.com/2017/a" };
        Assert.Equal("example-news.com", a.Outlet);
        Assert.Equal("unknown", new SemEvalArticle("2", "", "", null).Outlet);
    }
}
