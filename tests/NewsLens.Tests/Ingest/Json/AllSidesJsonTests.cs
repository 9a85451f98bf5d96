using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Json;

namespace NewsLens.Tests.Ingest.Json;

/// <summary>AllSides-style records (Baly et al. 2020): readable <c>content_original</c>, tokenized <c>content</c>. Texts written for these tests.</summary>
public sealed class AllSidesJsonTests
{
    private static List<ReadItem> Read(string json) =>
        new JsonArticleReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "in.json", default).ToList();

    [Fact]
    public void The_readable_content_original_wins_over_the_tokenized_content_and_the_ID_names_the_article()
    {
        var a = Read("""
            {"topic": "budget", "source": "Example Daily", "bias": 1, "url": "http://www.exampledaily.com/a", "title": "Budget vote",
             "content": "The vote , held late , passed .", "content_original": "The vote, held late, passed.",
             "source_url": "www.exampledaily.com", "bias_text": "center", "ID": "AbCdEfGh12345678"}
            """).Single(ok: true).Article!;
        Assert.Equal("AbCdEfGh12345678", a.Id);
        Assert.Equal("The vote, held late, passed.", a.Text);
        Assert.Equal("Budget vote", a.Metadata.Title);
    }

    [Fact]
    public void Without_content_original_the_tokenized_content_is_rejoined_into_prose_one_paragraph_per_line()
    {
        var a = Read("""
            {"ID": "x1", "title": "T", "content": "The mayor said , \" We do n't know yet . \" ( It rained . )\nShe 's sure it 's 5 % more , officials said ."}
            """).Single(ok: true).Article!;
        Assert.Equal("The mayor said, \"We don't know yet.\" (It rained.)\n\nShe's sure it's 5% more, officials said.", a.Text);
    }

    [Fact]
    public void Ordinary_prose_in_content_is_left_as_written()
    {
        var a = Read("""{"ID": "x2", "content": "Prices rose , the report said, and rents fell."}""").Single(ok: true).Article!;
        Assert.Equal("Prices rose , the report said, and rents fell.", a.Text);
    }

    [Fact]
    public void A_record_without_any_text_fails_naming_the_fields_it_looked_for()
    {
        var f = Read("""{"ID": "x3", "title": "Only a title", "bias_text": "left"}""").Single(ok: false);
        Assert.Contains("no article text", f.Error);
    }

    [Fact]
    public void A_malformed_record_fails_with_its_location_and_does_not_throw()
    {
        var f = Read("""{"ID": "x4", "content_original": "Half a record""").Single(ok: false);
        Assert.StartsWith("in.json", f.Location);
        Assert.False(string.IsNullOrWhiteSpace(f.Error));
    }
}
