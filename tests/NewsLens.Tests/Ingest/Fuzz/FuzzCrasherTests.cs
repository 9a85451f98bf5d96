using NewsLens.Ingest;
using NewsLens.Ingest.Html;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest.Fuzz;

// why: every input afl-fuzz found crashing a reader (minimised with afl-tmin, or written by hand to the same shape)
// stays here as a regression test: the reader named by the folder must give articles or failures that name the
// problem, never let an exception escape and never turn an exception of its own into a record failure
// ("unexpected X while reading this record"). See fuzz/README.md.
public sealed class FuzzCrasherTests
{
    private static readonly string Root = Path.Combine(SharedData.RepoRoot, "tests", "NewsLens.Tests", "Ingest", "Fuzz", "Crashers");

    public static TheoryData<string, string> Crashers()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public void A_saved_fuzz_crasher_is_read_to_articles_or_named_failures(string format, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, format, file));
        var registry = new ReaderRegistry(new HtmlArticleExtractor());
        List<ReadItem> items;
        try
        {
            items = [.. registry.Read(new MemoryStream(bytes, writable: false), "crasher." + format, format)];
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException)
        {
            return; // a whole unreadable input, named by the reader: allowed by the reader contract
        }
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            if (item.Error is { } error)
            {
                Assert.DoesNotContain("while reading this record", error);
                Assert.DoesNotContain("extraction failed", error);
                Assert.False(string.IsNullOrWhiteSpace(error));
            }
            else if (item.Article is { } a) Assert.NotEmpty(a.Text);
        }
    }
}
