using NewsLens.Analyzers.Discrepancies;
using NewsLens.Training.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

public class DiscrepancySpecReaderTests
{
    private static List<DiscrepancyCase> ReadText(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-spec-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, text);
        try { return DiscrepancySpecReader.Read(path, "tuning"); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_case_reads_its_source_article_and_expected_flags()
    {
        var cases = ReadText("~~~source\nSome 300 marched.\n~~~\n\n## Inflated\n~~~article\nThousands marched.\n~~~\n~~~expect\nnumber-inflated article=\"Thousands\" source=\"300\"\n~~~\n\n## Faithful\n~~~article\nAbout 300 marched.\n~~~\n~~~expect\nnone\n~~~\n");
        Assert.Equal(2, cases.Count);
        Assert.Equal("Some 300 marched.", cases[0].Source);
        Assert.Equal(new ExpectedFlag(DiscrepancyKind.NumberInflated, "Thousands", "300"), Assert.Single(cases[0].Expected));
        Assert.True(cases[1].Faithful);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_naming_the_file_and_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => ReadText("~~~source\nA.\n~~~\n## X\n~~~article\nB.\n~~~\n~~~expect\nnumber-doubled\n~~~\n"));
        Assert.Contains(":9:", ex.Message);
        Assert.Contains("number-doubled", ex.Message);
    }

    [Fact]
    public void A_case_without_an_expect_block_is_an_error()
    {
        var ex = Assert.Throws<InvalidDataException>(() => ReadText("~~~source\nA.\n~~~\n## X\n~~~article\nB.\n~~~\n"));
        Assert.Contains("'X'", ex.Message);
    }
}
