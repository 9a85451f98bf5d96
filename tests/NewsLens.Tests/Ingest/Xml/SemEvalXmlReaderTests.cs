using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Xml;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest.Xml;

public sealed class SemEvalXmlReaderTests
{
    private const string Two = """
        <?xml version="1.0" encoding="UTF-8"?><articles>
          <article id="0000001" published-at="2017-09-10" title="Bridge vote">
            Photo credit: someone <p>The council  voted <a href="https://x.test/v" type="external">on Monday</a>.</p>
            <q> <p>We will build it.</p> </q> <p>Work starts &amp; ends soon.</p>
          </article>
          <article id="0000002" title="Empty body"></article>
        </articles>
        """;

    private static List<ReadItem> Read(string xml, bool includeLooseText = false) =>
        new SemEvalXmlReader(includeLooseText).Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "a.xml", default).ToList();

    [Fact]
    public void Paragraphs_are_joined_by_a_blank_line_and_loose_credits_are_left_out()
    {
        var a = Read(Two)[0].Article!;
        Assert.Equal("0000001", a.Id);
        Assert.Equal("Bridge vote", a.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2017, 9, 10, 0, 0, 0, TimeSpan.Zero), a.Metadata.Published);
        Assert.Equal("The council voted on Monday.\n\nWe will build it.\n\nWork starts & ends soon.", a.Text);
    }

    [Fact]
    public void Loose_text_can_be_kept()
    {
        var a = Read(Two, includeLooseText: true)[0].Article!;
        Assert.StartsWith("Photo credit: someone\n\nThe council", a.Text);
    }

    [Fact]
    public void Links_carry_their_anchor_offsets_in_the_text()
    {
        var a = Read(Two)[0].Article!;
        var link = Assert.Single(a.Metadata.Links);
        Assert.Equal("https://x.test/v", link.Href);
        Assert.Equal("on Monday", a.Text[link.Span.Start..link.Span.End]);
    }

    [Fact]
    public void An_article_without_text_fails_alone()
    {
        var items = Read(Two);
        Assert.True(items[0].IsOk);
        Assert.Contains("empty", items[1].Error);
        Assert.StartsWith("a.xml#2", items[1].Location);
    }

    [Fact]
    public void Nesting_100000_deep_fails_that_article_and_the_next_one_reads()
    {
        var sb = new StringBuilder("<articles><article id=\"deep\">");
        for (int i = 0; i < 100_000; i++) sb.Append("<b>");
        sb.Append('x');
        for (int i = 0; i < 100_000; i++) sb.Append("</b>");
        sb.Append("</article><article id=\"next\"><p>Fine.</p></article></articles>");
        var items = Read(sb.ToString());
        Assert.Contains("nested deeper", items[0].Error);
        Assert.Equal("Fine.", items[1].Article!.Text);
    }

    [Fact]
    public void A_DTD_is_refused_so_entity_expansion_attacks_cannot_run()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <articles><article id="1"><p>&lol2;</p></article></articles>
            """;
        var item = Read(bomb).Single();
        Assert.False(item.IsOk);
        Assert.Contains("malformed XML", item.Error);
    }

    [Fact]
    public void Malformed_xml_keeps_the_articles_before_it_and_names_the_line()
    {
        var items = Read("<articles>\n<article id=\"1\"><p>One.</p></article>\n<article id=\"2\"><p>Two.</article>\n</articles>");
        Assert.Equal("One.", items[0].Article!.Text);
        Assert.Equal("a.xml:3", items[1].Location);
    }

    [Fact]
    public void A_foreign_xml_file_fails_once_naming_its_root()
    {
        var item = Read("<rss><channel/></rss>").Single();
        Assert.Contains("<rss>", item.Error);
    }

    [SharedDataFact]
    public void Every_SemEval_training_article_reads()
    {
        var items = new SemEvalXmlReader().Read(SharedData.PathTo("semeval2019-hyperpartisan-byarticle", "articles-training-byarticle-20181122.xml"), default).ToList();
        Assert.Equal(645, items.Count);
        Assert.True(items.Articles().Count >= 640, string.Join("\n", items.Failures().Select(f => f.Location + " " + f.Error)));
        foreach (var a in items.Articles())
            foreach (var link in a.Metadata.Links)
                Assert.Equal(link.AnchorText, a.Text[link.Span.Start..link.Span.End]);
    }
}
