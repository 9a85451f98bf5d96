using System.IO.Compression;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Tests.Ingest.Warc;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest;

public sealed class ReaderRegistryTests
{
    private readonly ReaderRegistry _registry = new(new FakeHtmlExtractor());

    [Theory]
    [InlineData("a.txt", "text")]
    [InlineData("a.json", "json")]
    [InlineData("a.jsonl", "jsonl")]
    [InlineData("a.ndjson", "jsonl")]
    [InlineData("a.jsonl.gz", "jsonl")]
    [InlineData("a.csv", "csv")]
    [InlineData("a.tsv", "tsv")]
    [InlineData("a.xml", "xml")]
    [InlineData("a.warc", "warc")]
    [InlineData("a.warc.gz", "warc")]
    [InlineData("a.html", "html")]
    [InlineData("a.htm", "html")]
    [InlineData("a.html.gz", "html")]
    public void The_extension_picks_the_format(string name, string format) =>
        Assert.Equal(format, ReaderRegistry.Detect(name));

    [Theory]
    [InlineData("[{\"text\": \"a\"}]", "json")]
    [InlineData("{\n  \"text\": \"a\"\n}", "json")]
    [InlineData("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "jsonl")]
    [InlineData("<?xml version=\"1.0\"?><articles></articles>", "xml")]
    [InlineData("<!DOCTYPE html><html><body></body></html>", "html")]
    [InlineData("WARC/1.0\r\n", "warc")]
    [InlineData("title,text\nA,B\n", "csv")]
    [InlineData("id\tbody\n1\tB\n", "tsv")]
    [InlineData("Just a story.\n\nWith a body.", "text")]
    public void Unknown_extensions_are_sniffed_from_the_first_bytes(string content, string format)
    {
        using var dir = new TempDir();
        Assert.Equal(format, ReaderRegistry.Detect(dir.File("input.dat", content)));
    }

    [Fact]
    public void A_gzipped_warc_without_extension_is_recognised_inside_the_gzip()
    {
        using var dir = new TempDir();
        string path = dir.File("crawl.bin", WarcBuilder.Gzip(WarcBuilder.Page(1)));
        Assert.Equal("warc", ReaderRegistry.Detect(path));
        Assert.Equal("https://news.test/1", _registry.Read(path).Single(ok: true).Article!.Id);
    }

    [Fact]
    public void A_folder_of_article_files_is_read_as_PTC()
    {
        using var dir = new TempDir();
        dir.File("article2.txt", "Two\n\nBody.");
        dir.File("article1.txt", "One\n\nBody.");
        Assert.Equal(["1", "2"], _registry.Read(dir.Path).Articles().Select(a => a.Id));
    }

    [Fact]
    public void Any_other_folder_reads_every_file_inside_and_skips_hidden_ones()
    {
        using var dir = new TempDir();
        dir.File("a.txt", "Alpha story.");
        dir.File("sub/b.jsonl", "{\"text\": \"Beta story.\"}\n");
        dir.File(".hidden.txt", "secret");
        dir.File("noise.bin", Enumerable.Range(0, 3000).Select(i => (byte)(i * 7 % 256)).ToArray());
        var items = _registry.Read(dir.Path).ToList();
        Assert.Equal(["Alpha story.", "Beta story."], items.Articles().Select(a => a.Text));
        Assert.EndsWith("noise.bin", items.Single(ok: false).Location);
    }

    [Fact]
    public void The_format_override_wins_over_the_extension()
    {
        using var dir = new TempDir();
        string path = dir.File("records.txt", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        Assert.Equal(2, _registry.Read(path, "jsonl").Articles().Count);
        Assert.Single(_registry.Read(path).Articles());
    }

    [Fact]
    public void Unknown_formats_and_missing_files_fail_without_throwing()
    {
        using var dir = new TempDir();
        string path = dir.File("a.txt", "x");
        Assert.Contains("unknown input format 'yaml'", _registry.Read(path, "yaml").Single().Error);
        Assert.Contains("no such file", _registry.Read(Path.Combine(dir.Path, "missing.txt")).Single().Error);
    }

    [Fact]
    public void Formats_that_need_html_fail_clearly_without_an_extractor()
    {
        using var dir = new TempDir();
        string path = dir.File("a.warc", WarcBuilder.Page(1));
        Assert.Contains("needs an HTML extractor", new ReaderRegistry().Read(path).Single().Error);
    }

    [Fact]
    public void An_empty_file_of_unknown_type_fails_with_empty_input()
    {
        using var dir = new TempDir();
        Assert.Equal("empty input", _registry.Read(dir.File("nothing", "")).Single().Error);
    }

    [Fact]
    public void A_stream_such_as_stdin_is_sniffed_and_read()
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("{\"text\": \"piped one\"}\n{\"text\": \"piped two\"}\n"));
        ms.Position = 0;
        var items = _registry.Read(ms, "-").ToList();
        Assert.Equal(["piped one", "piped two"], items.Articles().Select(a => a.Text));
        Assert.Equal("-:1", items[0].Location);
    }

    [Fact]
    public void A_stream_in_a_format_whose_reader_needs_a_file_is_spooled()
    {
        var ms = new MemoryStream(Encoding.UTF8.GetBytes("<html><title>T</title><article><p>" + string.Join(" ", Enumerable.Repeat("The piped page tells a long story about the harbour.", 8)) + "</p></article></html>"));
        var item = _registry.Read(ms, "-", "html").Single();
        Assert.True(item.IsOk, item.Error);
        Assert.Equal("-", item.Location);
    }

    [Fact]
    public void Text_options_let_offsets_equal_file_offsets()
    {
        using var dir = new TempDir();
        string path = dir.File("story.txt", "Title here\n\nBody text.");
        Assert.Equal("Body text.", _registry.Read(path).Single(ok: true).Article!.Text);
        var keep = new ReaderRegistry(textOptions: new NewsLens.Ingest.Text.TextReaderOptions { KeepTitleInText = true });
        var a = keep.Read(path).Single(ok: true).Article!;
        Assert.Equal("Title here\n\nBody text.", a.Text);
        Assert.Equal("Title here", a.Metadata.Title);
    }

    [SharedDataFact]
    public void PolNeAR_texts_read_through_the_registry_keep_their_file_offsets()
    {
        var keep = new ReaderRegistry(textOptions: new NewsLens.Ingest.Text.TextReaderOptions { KeepTitleInText = true });
        string folder = SharedData.PathTo("polnear-attribution", "train", "text");
        var items = keep.Read(folder).ToList();
        Assert.Empty(items.Failures());
        Assert.Equal(Directory.GetFiles(folder, "*.txt").Length, items.Count);
        foreach (var item in items.Take(50))
            Assert.Equal(File.ReadAllText(item.Location), item.Article!.Text);
    }
}
