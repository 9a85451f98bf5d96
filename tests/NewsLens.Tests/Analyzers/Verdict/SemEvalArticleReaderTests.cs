using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Xml;
using NewsLens.Text;
using NewsLens.Training.Verdict;

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

    private static List<SemEvalArticle> Read(string xml, List<string>? skipped = null) =>
        [.. SemEvalArticleReader.ReadArticles(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml", skipped is null ? null : skipped.Add)];

    [Fact]
    public void Training_reads_the_same_text_and_metadata_as_analysis()
    {
        var trained = Read(Xml).Single();
        var analysed = new SemEvalXmlReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "test.xml", CancellationToken.None)
            .Select(i => i.Article).OfType<ArticleInput>().Single();
        Assert.Equal("0000001", trained.Id);
        Assert.Equal("A title & more", trained.Title);
        Assert.Equal(analysed.Text, trained.Text);
        Assert.Equivalent(analysed.Metadata, trained.Metadata, strict: true);
        Assert.DoesNotContain("Lead text", trained.Text);
    }

    [Fact]
    public void An_article_analysis_would_refuse_is_left_out_and_reported()
    {
        var skipped = new List<string>();
        var a = Read(Xml, skipped);
        Assert.Single(a);
        Assert.Equal("test.xml#2 (line 4): empty text", Assert.Single(skipped));
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
        var a = new SemEvalArticle("1", "", new ArticleMetadata()) { Url = "https://www.example-news.com/2017/a" };
        Assert.Equal("example-news.com", a.Outlet);
        Assert.Equal("unknown", new SemEvalArticle("2", "", new ArticleMetadata()).Outlet);
    }
}
