using System.IO.Compression;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class HtmlReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-html-").FullName;
    private readonly HtmlReader _reader = new();

    private const string Page = "<html><head><meta charset=\"{0}\"><title>T</title></head><body><article>"
        + "<p>The town council met on Monday to discuss the caf\u00e9 licences and the new market rules for the summer season.</p>"
        + "<p>Members agreed to extend opening hours on the square, after a long debate about noise and late deliveries.</p>"
        + "<p>A final vote on the plan is expected next month, once residents have had a chance to comment on it.</p>"
        + "</article></body></html>";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest)) gz.Write(data);
        return ms.ToArray();
    }

    private ReadItem ReadSingle(string path) => Assert.Single(_reader.Read(path, CancellationToken.None));

    [Fact]
    public void A_gzipped_page_is_read_as_an_article()
    {
        var path = Write("a.html.gz", Gzip(Encoding.UTF8.GetBytes(string.Format(Page, "utf-8"))));
        var item = ReadSingle(path);
        Assert.True(item.IsOk, item.Error);
        Assert.Contains("caf\u00e9 licences", item.Article!.Text);
        Assert.Equal("a", item.Article.Id);
    }

    [Fact]
    public void A_meta_charset_other_than_utf8_is_honoured()
    {
        var latin1 = Encoding.Latin1.GetBytes(string.Format(Page, "iso-8859-1"));
        var item = ReadSingle(Write("latin.html", latin1));
        Assert.True(item.IsOk, item.Error);
        Assert.Contains("caf\u00e9 licences", item.Article!.Text);
    }

    [Fact]
    public void A_utf16_page_with_a_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(string.Format(Page, "utf-16"))).ToArray();
        var item = ReadSingle(Write("u16.htm", bytes));
        Assert.True(item.IsOk, item.Error);
        Assert.Contains("caf\u00e9 licences", item.Article!.Text);
    }

    [Fact]
    public void A_truncated_gzip_file_fails_with_a_clear_message()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(string.Format(Page, "utf-8")));
        var item = ReadSingle(Write("cut.html.gz", gz[..(gz.Length / 2)]));
        Assert.False(item.IsOk);
        Assert.Contains("gzip", item.Error);
    }

    [Fact]
    public void Empty_and_binary_files_fail_with_a_clear_message()
    {
        Assert.Contains("empty", ReadSingle(Write("empty.html", [])).Error);
        var binary = new byte[2048];
        new Random(3).NextBytes(binary);
        binary[10] = 0;
        Assert.Contains("binary", ReadSingle(Write("bin.html", binary)).Error);
    }

    [Fact]
    public void A_page_that_is_not_an_article_fails_with_the_reason()
    {
        var item = ReadSingle(Write("index.html", Encoding.UTF8.GetBytes("<html><body><a href='/1'>One</a></body></html>")));
        Assert.False(item.IsOk);
        Assert.StartsWith("not an article", item.Error);
    }

    [Fact]
    public void A_folder_is_read_in_path_order_and_other_files_are_ignored()
    {
        var page = Encoding.UTF8.GetBytes(string.Format(Page, "utf-8"));
        Write("b.html", page);
        Write("a.htm", page);
        Write("notes.txt", page);
        var items = _reader.Read(_dir, CancellationToken.None).ToList();
        Assert.Equal(["a.htm", "b.html"], items.Select(i => Path.GetFileName(i.Location)));
    }

    [Fact]
    public void A_missing_path_throws_file_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => _reader.Read(Path.Combine(_dir, "nope.html"), CancellationToken.None));
    }

    [Fact]
    public void The_reader_format_is_html()
    {
        Assert.Equal("html", _reader.Format);
    }
}
