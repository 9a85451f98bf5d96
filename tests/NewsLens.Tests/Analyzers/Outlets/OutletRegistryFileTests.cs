using System.Text;
using NewsLens.Analyzers.Outlets;

namespace NewsLens.Tests.Analyzers.Outlets;

public class OutletRegistryFileTests
{
    private const string OwnRatings =
        "# Ratings by the Harbour Press Council, CC BY 4.0.\n" +
        OutletRegistry.Header + "\n" +
        "harbourgazette.example\tHarbour Gazette\thigh\tcenter\thigh-credibility\t\t\town-2026\thttps://council.example/gazette\t\n";

    private static OutletRegistry Load(string text) => OutletRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void An_operators_plain_tsv_loads_with_its_notice()
    {
        var r = Load(OwnRatings);
        Assert.Equal(1, r.Count);
        Assert.Equal("Ratings by the Harbour Press Council, CC BY 4.0.", r.Notice);
        Assert.Equal("high", r.Lookup("harbourgazette.example")!.Outlet.Factuality);
    }

    [Fact]
    public void A_registry_written_before_the_reasons_column_still_loads_with_no_reasons()
    {
        var r = Load(OutletRegistry.LegacyHeader + "\nold.example\tOld Paper\tlow\tfake-news\tlow-credibility\t\t\town\t\n");
        var o = r.Records.Single();
        Assert.Equal("fake-news", o.Bias);
        Assert.Equal("", o.Reasons);
        Assert.Equal("questionable source", o.BiasLabel);
    }

    [Fact]
    public void The_embedded_registry_keeps_mbfcs_reasons_for_questionable_sources()
    {
        Assert.Contains(OutletRegistry.Embedded.Records, o => o.Bias == "fake-news" && o.ReasonLabels.Contains("failed fact checks"));
    }

    [Fact]
    public void Saving_and_loading_keeps_records_and_notice()
    {
        var ms = new MemoryStream();
        Load(OwnRatings).Save(ms);
        ms.Position = 0;
        var again = OutletRegistry.Load(ms);
        Assert.Equal("Ratings by the Harbour Press Council, CC BY 4.0.", again.Notice);
        Assert.Equal("Harbour Gazette", again.Records.Single().Name);
    }

    [Fact]
    public void The_embedded_registry_says_whose_ratings_it_holds_and_on_what_terms()
    {
        Assert.Contains("Media Bias/Fact Check", OutletRegistry.Embedded.Notice);
        Assert.Contains("Baly et al.", OutletRegistry.Embedded.Notice);
        Assert.True(OutletRegistry.Embedded.Count > 5_000);
    }

    [Fact]
    public void A_file_without_the_header_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nl-registry-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "domain,name\nx.example,X\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => OutletRegistry.LoadFile(path));
            Assert.Contains(path, ex.Message);
            Assert.Contains("header", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_line_with_missing_columns_is_refused_naming_its_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load(OutletRegistry.Header + "\nonly.example\tOnly\n"));
        Assert.Contains("line 2", ex.Message);
    }
}
