using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Warc;
using static NewsLens.Tests.Ingest.Warc.WarcBuilder;

namespace NewsLens.Tests.Ingest.Warc;

public sealed class WarcArticleReaderTests
{
    private static List<ReadItem> Read(byte[] warc, string name = "crawl.warc")
    {
        using var dir = new TempDir();
        string path = dir.File(name, warc);
        return new WarcArticleReader(new FakeHtmlExtractor()).Read(path, default).ToList();
    }

    private static List<string> Urls(List<ReadItem> items) => items.Articles().Select(a => a.Metadata.Url!).ToList();

    [Fact]
    public void Html_responses_become_articles_and_other_records_are_skipped_quietly()
    {
        var warc = Concat(
            Record("warcinfo", "", "software: test\r\n"u8.ToArray()),
            Record("request", "https://news.test/1", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()),
            Page(1),
            Response("https://news.test/logo.png", "PNG", "Content-Type: image/png\r\n"),
            Record("response", "https://news.test/moved", "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /2\r\n\r\n"u8.ToArray()),
            Page(2));
        var items = Read(warc);
        Assert.Empty(items.Failures());
        Assert.Equal(["https://news.test/1", "https://news.test/2"], Urls(items));
        Assert.Equal("Story 1", items.Articles()[0].Metadata.Title);
        Assert.Equal("https://news.test/1", items.Articles()[0].Id);
    }

    [Fact]
    public void Chunked_bodies_are_decoded_and_a_declared_charset_is_honoured()
    {
        string html = "<html><p>Caf\u00e9 prices rose.</p></html>";
        var latin = Encoding.Latin1.GetBytes(html);
        string chunked = $"{latin.Length - 10:x}\r\n";
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n")
            .Concat(Encoding.ASCII.GetBytes(chunked)).Concat(latin[..^10]).Concat("\r\n"u8.ToArray())
            .Concat(Encoding.ASCII.GetBytes("a\r\n")).Concat(latin[^10..]).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();
        var a = Read(Record("response", "https://news.test/cafe", block)).Single(ok: true).Article!;
        Assert.Equal("Caf\u00e9 prices rose.", a.Text);
    }

    [Fact]
    public void A_lying_long_content_length_fails_that_record_and_the_next_record_still_reads()
    {
        var items = Read(Concat(Page(1), Response("https://news.test/liar", "<p>liar</p>", lyingLength: 400), Page(3), Page(4)));
        var fail = items.Single(ok: false);
        Assert.Contains("crawl.warc#2@", fail.Location);
        Assert.Contains("Content-Length", fail.Error);
        Assert.Contains("https://news.test/3", Urls(items));
        Assert.Contains("https://news.test/4", Urls(items));
        Assert.Contains("https://news.test/1", Urls(items));
    }

    [Fact]
    public void A_lying_short_content_length_fails_that_record_and_reading_resyncs()
    {
        var items = Read(Concat(Page(1), Response("https://news.test/liar", "<p>a much longer body than declared</p>", lyingLength: 30), Page(3)));
        Assert.Contains("Content-Length", items.Single(ok: false).Error);
        Assert.Equal(["https://news.test/1", "https://news.test/3"], Urls(items));
    }

    [Fact]
    public void Garbage_between_records_is_reported_with_its_offset_and_skipped()
    {
        var page1 = Page(1);
        var items = Read(Concat(page1, "this is not a record\r\nnor this\r\n"u8.ToArray(), Page(2)));
        var fail = items.Single(ok: false);
        Assert.Contains($"garbage at byte {page1.Length:N0}", fail.Error);
        Assert.Equal(["https://news.test/1", "https://news.test/2"], Urls(items));
    }

    [Fact]
    public void A_truncated_file_fails_the_last_record_and_keeps_the_others()
    {
        var whole = Concat(Page(1), Page(2));
        var items = Read(whole[..^40]);
        Assert.Contains("truncated", items.Single(ok: false).Error);
        Assert.Equal(["https://news.test/1"], Urls(items));
    }

    [Fact]
    public void Multi_member_gzip_reads_every_record()
    {
        var items = Read(Concat(Gzip(Page(1)), Gzip(Page(2)), Gzip(Page(3))), "crawl.warc.gz");
        Assert.Equal(3, items.Articles().Count);
        Assert.Empty(items.Failures());
    }

    [Fact]
    public void A_truncated_gzip_member_fails_clearly_and_the_earlier_records_stand()
    {
        var last = Gzip(Page(3));
        var items = Read(Concat(Gzip(Page(1)), Gzip(Page(2)), last[..(last.Length / 2)]), "crawl.warc.gz");
        Assert.Equal(["https://news.test/1", "https://news.test/2"], Urls(items));
        var fail = items.Single(ok: false);
        Assert.Contains("crawl.warc.gz", fail.Location);
        Assert.Contains("truncated", fail.Error);
    }

    [Fact]
    public void Garbage_between_gzip_members_is_reported_and_the_following_members_still_read()
    {
        var garbage = Encoding.ASCII.GetBytes(new string('Z', 10_000));
        var items = Read(Concat(Gzip(Page(1)), garbage, Gzip(Page(2)), Gzip(Page(3))), "crawl.warc.gz");
        Assert.Equal(["https://news.test/1", "https://news.test/2", "https://news.test/3"], Urls(items));
        Assert.Contains(items.Failures(), f => f.Error!.Contains("gzip"));
    }

    [Fact]
    public void A_corrupt_gzip_member_costs_only_its_record()
    {
        var filler = string.Concat(Enumerable.Range(0, 400).Select(i => $"<p>Paragraph {i} of filler {Guid.NewGuid()}.</p>"));
        var bad = Gzip(Response("https://news.test/bad", $"<html>{filler}</html>"));
        for (int i = 40; i < 60; i++) bad[bad.Length / 2 + i] ^= 0x5A;
        var items = Read(Concat(Gzip(Page(1)), bad, Gzip(Page(3)), Gzip(Page(4))), "crawl.warc.gz");
        Assert.Equal(["https://news.test/1", "https://news.test/3", "https://news.test/4"], Urls(items));
        Assert.NotEmpty(items.Failures());
        Assert.All(items.Failures(), f => Assert.Contains("crawl.warc.gz", f.Location));
    }

    [Fact]
    public void Pages_the_extractor_rejects_or_throws_on_fail_alone()
    {
        var items = Read(Concat(
            Response("https://news.test/index", "<html><p>INDEX-PAGE</p></html>"),
            Response("https://news.test/throw", "<html><p>THROW</p></html>"),
            Page(3)));
        Assert.Contains("not an article", items[0].Error);
        Assert.Contains("extraction failed", items[1].Error);
        Assert.True(items[2].IsOk);
    }

    [Fact]
    public void Empty_and_binary_inputs_fail_without_throwing()
    {
        Assert.Contains("empty input", Read([]).Single().Error);
        var noise = new byte[8192];
        new Random(5).NextBytes(noise);
        Assert.All(Read(noise), i => Assert.False(i.IsOk));
    }
}
