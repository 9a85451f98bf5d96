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
    public void A_saved_fuzz_crasher_read_as_a_file_gives_articles_or_named_failures(string format, string file)
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "crasher." + format);
        File.Copy(Path.Combine(Root, format, file), path);
        AssertCleanOutcome(() => new ReaderRegistry(new HtmlArticleExtractor()).Read(path, format));
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public void A_saved_fuzz_crasher_read_as_a_stream_gives_articles_or_named_failures(string format, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, format, file));
        AssertCleanOutcome(() => new ReaderRegistry(new HtmlArticleExtractor()).Read(new MemoryStream(bytes, writable: false), "crasher." + format, format));
    }

    private static void AssertCleanOutcome(Func<IEnumerable<ReadItem>> read)
    {
        List<ReadItem> items;
        try
        {
            items = [.. read()];
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
