using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Csv;
using NewsLens.Ingest.Json;
using NewsLens.Ingest.Warc;
using NewsLens.Tests.Ingest.Warc;

namespace NewsLens.Tests.Ingest;

// why: an exception that is not a parse error (here a misbehaving extractor that returns no article, so reading the
// record dereferences null) used to end the whole input; it must fail its record alone, named with its position.
public class RecordIsolationTests
{
    private sealed class NullArticleExtractor : IHtmlArticleExtractor
    {
        public HtmlExtraction Extract(string html, string? url = null) => new(null!, true);
    }

    private static List<ReadItem> Read(IStreamArticleReader reader, string content, string name) =>
        [.. reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name, CancellationToken.None)];

    [Fact]
    public void A_json_lines_record_whose_reading_throws_fails_alone_named_by_its_line()
    {
        var items = Read(new JsonLinesReader(new NullArticleExtractor()), "{\"html\":\"<p>x</p>\"}\n{\"text\":\"A fine article.\"}\n", "in.jsonl");
        var failure = Assert.Single(items.Failures());
        Assert.Equal("in.jsonl:1", failure.Location);
        Assert.Contains("NullReferenceException", failure.Error);
        Assert.Equal("A fine article.", Assert.Single(items.Articles()).Text);
    }

    [Fact]
    public void A_json_array_record_whose_reading_throws_fails_alone_and_the_next_is_read()
    {
        var items = Read(new JsonArticleReader(new NullArticleExtractor()), "[{\"html\":\"<p>x</p>\"},{\"text\":\"A fine article.\"}]", "in.json");
        Assert.Single(items.Failures());
        Assert.Single(items.Articles());
    }

    [Fact]
    public void A_csv_row_whose_reading_throws_fails_alone_and_the_next_is_read()
    {
        var items = Read(new CsvArticleReader(new NullArticleExtractor()), "html,text\n<p>x</p>,\n,A fine article.\n", "in.csv");
        Assert.Single(items.Failures());
        Assert.Equal("A fine article.", Assert.Single(items.Articles()).Text);
    }

    [Fact]
    public void A_warc_response_whose_reading_throws_fails_alone_and_the_next_is_read()
    {
        var warc = WarcBuilder.Concat(WarcBuilder.Page(1), WarcBuilder.Page(2));
        var items = new WarcArticleReader(new NullArticleExtractor()).Read(new MemoryStream(warc), "in.warc", CancellationToken.None).ToList();
        Assert.Equal(2, items.Failures().Count);
        Assert.All(items.Failures(), f => Assert.Contains("NullReferenceException", f.Error));
        Assert.All(items.Failures(), f => Assert.StartsWith("in.warc#", f.Location));
    }
}
