using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest.Json;

public sealed class JsonArticleReaderTests
{
    private static List<ReadItem> Read(string json) =>
        new JsonArticleReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "in.json", default).ToList();

    [Fact]
    public void A_single_object_is_one_article_named_after_the_file()
    {
        var a = Read("""
            {
              "title": "Floods close roads",
              "body-paragraphs": [["Rain fell all night.", "Roads closed."], ["Schools stay open."]],
              "date": "2019-03-25"
            }
            """).Single(ok: true).Article!;
        Assert.Equal("in", a.Id);
        Assert.Equal("Rain fell all night. Roads closed.\n\nSchools stay open.", a.Text);
    }

    [Fact]
    public void An_array_streams_its_elements_as_articles()
    {
        var a = Read("""[{"text": "One."}, {"text": "Two, with \"quotes\" and [brackets]."}, {"content": "Three."}]""").Articles();
        Assert.Equal(["One.", "Two, with \"quotes\" and [brackets].", "Three."], a.Select(x => x.Text));
        Assert.Equal(["in#1", "in#2", "in#3"], a.Select(x => x.Id));
    }

    [Fact]
    public void A_malformed_element_fails_alone_with_its_record_number_and_byte_offset()
    {
        var items = Read("""[{"text": "One."}, {"text": oops}, 42, {"text": "Four."}]""");
        Assert.Equal(["One.", "Four."], items.Articles().Select(x => x.Text));
        var fails = items.Failures();
        Assert.Equal(2, fails.Count);
        Assert.Equal("in.json#2@19", fails[0].Location);
        Assert.Contains("invalid JSON", fails[0].Error);
    }

    [Fact]
    public void A_truncated_array_keeps_what_came_before_and_says_where_it_ends()
    {
        var items = Read("""[{"text": "One."}, {"text": "Tw""");
        Assert.Equal("One.", items[0].Article!.Text);
        Assert.Contains("truncated", items[1].Error);
    }

    [Fact]
    public void Nesting_100000_deep_fails_that_element_only()
    {
        var items = Read("[" + new string('[', 100_000) + new string(']', 100_000) + ", {\"text\": \"ok\"}]");
        Assert.Contains("nested deeper", items[0].Error);
        Assert.Equal("ok", items[1].Article!.Text);
    }

    [Fact]
    public void Empty_input_fails_once() => Assert.Equal("empty input", Read("  ").Single().Error);

    [SharedDataFact]
    public void Every_BASIL_article_reads_with_source_and_date_and_nearly_all_with_a_title()
    {
        var files = Directory.EnumerateFiles(SharedData.PathTo("basil-media-bias", "articles"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(300, files.Count);
        var reader = new JsonArticleReader();
        int titled = 0;
        foreach (var file in files)
        {
            var a = reader.Read(file, default).Single(ok: true).Article!;
            if (a.Metadata.Title is not null) titled++;
            Assert.NotNull(a.Metadata.SiteName);
            Assert.NotNull(a.Metadata.Published);
            Assert.Contains("\n\n", a.Text);
        }
        Assert.True(titled >= 299, $"{titled} titled"); // one BASIL article has an empty title
    }
}
