using System.Text;
using System.Text.Json;
using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class ScrapingHubFormatTests
{
    [Fact]
    public void Output_is_one_object_keyed_by_page_id_in_ordinal_order()
    {
        using var ms = new MemoryStream();
        ScrapingHubFormat.Write([("b", "Second \"page\"\n\nbody"), ("B", "upper"), ("a", "first")], ms);
        using var doc = JsonDocument.Parse(ms.ToArray());
        Assert.Equal(["B", "a", "b"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Second \"page\"\n\nbody", doc.RootElement.GetProperty("b").GetProperty("articleBody").GetString());
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        static string Run()
        {
            using var ms = new MemoryStream();
            ScrapingHubFormat.Write([("x", "caf\u00e9"), ("y", "")], ms);
            return Encoding.UTF8.GetString(ms.ToArray());
        }
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void A_repeated_page_id_is_rejected()
    {
        using var ms = new MemoryStream();
        Assert.Throws<ArgumentException>(() => ScrapingHubFormat.Write([("x", "1"), ("x", "2")], ms));
        Assert.Equal(0, ms.Length);
    }
}
