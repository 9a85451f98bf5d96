using System.Text;
using NewsLens.Ingest;

namespace NewsLens.Tests.Ingest;

/// <summary>Every reader, the same hostile inputs: no throw, a clear failure naming the input, no flood of failures.</summary>
public sealed class HostileInputTests
{
    private static readonly ReaderRegistry Registry = new(new FakeHtmlExtractor());

    // why: html belongs to the HTML reader, tested with it (Ingest/Html); ptc reads folders, tested in Ptc/.
    public static TheoryData<string> Formats() => new(ReaderRegistry.Formats.Where(f => f is not ("ptc" or "html")));

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_file_fails_once_with_empty_input(string format)
    {
        using var dir = new TempDir();
        string path = dir.File("empty." + format, "");
        var items = Registry.Read(path, format).ToList();
        var item = Assert.Single(items);
        Assert.False(item.IsOk);
        Assert.Contains("empty", item.Error);
        Assert.Contains("empty." + format, item.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_binary_file_fails_without_throwing_and_without_a_flood_of_failures(string format)
    {
        using var dir = new TempDir();
        var bytes = new byte[256 * 1024];
        new Random(11).NextBytes(bytes);
        string path = dir.File("noise." + format, bytes);
        var items = Registry.Read(path, format).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.False(i.IsOk));
        Assert.True(items.Count <= 3, $"{items.Count} failures");
        Assert.All(items, i => Assert.Contains("noise." + format, i.Location));
    }

    [Fact]
    public void Invalid_utf8_in_xml_is_replaced_and_the_article_still_reads()
    {
        var bytes = Encoding.UTF8.GetBytes("<articles><article id=\"1\"><p>Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" owners said so.</p></article></articles>")).ToArray();
        using var dir = new TempDir();
        var item = Registry.Read(dir.File("a.xml", bytes)).Single();
        Assert.True(item.IsOk, item.Error);
        Assert.Equal("Caf\uFFFD owners said so.", item.Article!.Text);
    }

    [Fact]
    public void Html_nested_100000_deep_inside_a_json_record_costs_only_that_record()
    {
        string deep = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        using var dir = new TempDir();
        string path = dir.File("pages.jsonl", $"{{\"html\": \"{deep}\"}}\n{{\"text\": \"after\"}}\n");
        var items = Registry.Read(path).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("after", items[1].Article!.Text);
    }
}
