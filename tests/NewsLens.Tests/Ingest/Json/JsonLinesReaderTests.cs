using System.IO.Compression;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Json;

namespace NewsLens.Tests.Ingest.Json;

public sealed class JsonLinesReaderTests
{
    private static List<ReadItem> Read(string jsonl, ReaderLimits? limits = null) =>
        new JsonLinesReader(new FakeHtmlExtractor(), limits).Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl", default).ToList();

    [Fact]
    public void Each_line_is_one_article_with_its_fields_mapped()
    {
        var items = Read("""
            {"id": "a1", "title": "Rates held", "text": "The bank held rates.", "url": "https://example.org/a1", "date": "2024-05-01", "source": "Example Post", "authors": ["Ann Lee", "Bo Chen"]}

            {"headline": "Second", "body": "Another story.", "published": {"$date": 1714521600000}, "author": "Cy Diaz"}
            """);
        var a = items.Articles();
        Assert.Equal(2, a.Count);
        Assert.Equal("a1", a[0].Id);
        Assert.Equal("Rates held", a[0].Metadata.Title);
        Assert.Equal("Example Post", a[0].Metadata.SiteName);
        Assert.Equal(["Ann Lee", "Bo Chen"], a[0].Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), a[0].Metadata.Published);
        Assert.Equal("in#3", a[1].Id);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), a[1].Metadata.Published);
        Assert.Equal(["Cy Diaz"], a[1].Metadata.Authors);
    }

    [Fact]
    public void An_oversized_title_or_url_fails_its_record_naming_the_field()
    {
        string big = new('x', 3_000), longUrl = "https://example.org/" + new string('a', 9_000);
        var items = Read($"{{\"text\": \"One.\", \"title\": \"{big}\"}}\n{{\"text\": \"Two.\", \"url\": \"{longUrl}\"}}\n{{\"text\": \"Three.\"}}\n");
        Assert.Equal(["Three."], items.Articles().Select(a => a.Text));
        var fails = items.Failures();
        Assert.StartsWith("title is 3,000 characters, over the limit of 2,000", fails[0].Error);
        Assert.StartsWith("url is 9,020 characters", fails[1].Error);
    }

    [Fact]
    public void A_lone_surrogate_escape_fails_its_record_alone_and_the_batch_goes_on()
    {
        var items = Read("{\"text\": \"One.\"}\n{\"text\": \"bad \\ud800 here\"}\n{\"text\": \"Three.\"}\n");
        Assert.Equal(["One.", "Three."], items.Articles().Select(a => a.Text));
        var fail = Assert.Single(items.Failures());
        Assert.Equal("in.jsonl:2", fail.Location);
        Assert.Contains("surrogate", fail.Error);
    }

    [Fact]
    public void A_broken_line_fails_alone_naming_its_line_and_the_next_lines_still_read()
    {
        var items = Read("{\"text\": \"One.\"}\n{\"text\": \"Two\n{\"title\": \"no text\"}\n[1,2]\n{\"text\": \"Five.\"}\n");
        Assert.Equal(["One.", "Five."], items.Articles().Select(a => a.Text));
        var fails = items.Failures();
        Assert.Equal(["in.jsonl:2", "in.jsonl:3", "in.jsonl:4"], fails.Select(f => f.Location));
        Assert.Contains("invalid JSON", fails[0].Error);
        Assert.Contains("no article text", fails[1].Error);
        Assert.Contains("expected a JSON object", fails[2].Error);
    }

    [Fact]
    public void Html_only_records_go_through_the_extractor()
    {
        var a = Read("""{"html": "<html><title>T</title><p>Hello <b>world</b>.</p></html>", "url": "https://x.test/p"}""").Single(ok: true).Article!;
        Assert.Equal("Hello world .", a.Text);
        Assert.Equal("https://x.test/p", a.Metadata.Url);
    }

    [Fact]
    public void A_failing_extractor_costs_only_its_record()
    {
        var items = Read("{\"html\": \"<p>THROW</p>\"}\n{\"text\": \"fine\"}\n");
        Assert.Contains("HTML extraction failed", items[0].Error);
        Assert.True(items[1].IsOk);
    }

    [Fact]
    public void Invalid_utf8_inside_a_record_is_replaced_not_fatal()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" prices rose.\"}\n")).ToArray();
        var item = new JsonLinesReader().Read(new MemoryStream(bytes), "x.jsonl", default).Single();
        Assert.True(item.IsOk, item.Error);
        Assert.Equal("Caf\uFFFD prices rose.", item.Article!.Text);
    }

    [Fact]
    public void Nesting_100000_deep_fails_that_line_only()
    {
        string deep = "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var items = Read(deep + "\n{\"text\": \"after\"}\n");
        Assert.False(items[0].IsOk);
        Assert.Equal("after", items[1].Article!.Text);
    }

    [Fact]
    public void An_over_long_line_is_skipped_with_bounded_memory_and_reading_goes_on()
    {
        var limits = new ReaderLimits { MaxRecordBytes = 1000 };
        var items = Read("{\"text\": \"" + new string('x', 5000) + "\"}\n{\"text\": \"short\"}\n", limits);
        Assert.Contains("too long", items[0].Error);
        Assert.Equal("in.jsonl:1", items[0].Location);
        Assert.Equal("short", items[1].Article!.Text);
    }

    [Fact]
    public void Records_over_the_char_limit_fail()
    {
        var items = Read("{\"text\": \"" + new string('x', 200) + "\"}\n", new ReaderLimits { MaxRecordChars = 100 });
        Assert.Contains("too long", items.Single().Error);
    }

    [Fact]
    public void Empty_input_fails_once()
    {
        var item = Read("\n  \n").Single();
        Assert.Equal("empty input", item.Error);
    }

    [Fact]
    public void Gzip_compressed_files_are_read()
    {
        using var dir = new TempDir();
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("{\"text\": \"zipped\"}\n"));
        string path = dir.File("a.jsonl.gz", ms.ToArray());
        Assert.Equal("zipped", new JsonLinesReader().Read(path, default).Single().Article!.Text);
    }

    [Fact]
    public void A_truncated_gzip_file_keeps_the_records_before_the_cut()
    {
        using var dir = new TempDir();
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            for (int i = 0; i < 2000; i++) gz.Write(Encoding.UTF8.GetBytes($"{{\"text\": \"record {i} {Guid.NewGuid()}\"}}\n"));
        var bytes = ms.ToArray();
        string path = dir.File("cut.jsonl.gz", bytes[..(bytes.Length / 2)]);
        var items = new JsonLinesReader().Read(path, default).ToList();
        Assert.InRange(items.Articles().Count, 100, 1999);
        Assert.True(items.Failures().Count <= 1);
    }

    [Fact]
    public void A_50_MB_file_streams_through_with_every_record_read()
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "big.jsonl");
        string line = "{\"title\": \"Filler\", \"text\": \"" + string.Concat(Enumerable.Repeat("The committee met again on Tuesday. ", 140)) + "\"}\n";
        int count = (int)(50L * 1024 * 1024 / line.Length) + 1;
        using (var w = new StreamWriter(path))
            for (int i = 0; i < count; i++) w.Write(line);
        int ok = 0;
        foreach (var item in new JsonLinesReader().Read(path, default))
        {
            Assert.True(item.IsOk, item.Error);
            ok++;
        }
        Assert.Equal(count, ok);
    }
}
