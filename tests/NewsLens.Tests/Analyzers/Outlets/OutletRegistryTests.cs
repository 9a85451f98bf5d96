using NewsLens.Analyzers.Outlets;

namespace NewsLens.Tests.Analyzers.Outlets;

public class OutletRegistryTests
{
    private static readonly OutletRecord Bbc = new("bbc.com", "BBC News", "mostly-factual", "left-center", "high-credibility", "", "", "test", "");
    private static readonly OutletRecord Times = new("nytimes.com", "New York Times", "high", "left-center", "high-credibility", "high", "left-center", "test", "");
    private static readonly OutletRegistry Registry = new([Bbc, Times]);

    [Theory]
    [InlineData("bbc.com", "domain")]
    [InlineData("https://www.bbc.com/news/world-123", "domain")]
    [InlineData("news.bbc.com", "parent-domain")]
    [InlineData("bbc.co.uk", "domain-label")]
    [InlineData("http://m.bbc.co.uk/news", "domain-label")]
    public void The_BBC_is_found_by_any_of_its_domains(string query, string how)
    {
        var m = Registry.FindByDomain(query);
        Assert.NotNull(m);
        Assert.Same(Bbc, m.Outlet);
        Assert.Equal(how, m.MatchedBy);
    }

    [Theory]
    [InlineData("BBC News")]
    [InlineData("the BBC")]
    [InlineData("BBC")]
    [InlineData("The BBC")]
    public void The_BBC_is_found_by_its_name_variants(string name) => Assert.Same(Bbc, Registry.FindByName(name)?.Outlet);

    [Fact]
    public void The_New_York_Times_is_found_with_or_without_the_article()
    {
        Assert.Same(Times, Registry.Lookup("The New York Times")?.Outlet);
        Assert.Same(Times, Registry.Lookup("nytimes.com")?.Outlet);
    }

    [Theory]
    [InlineData("NEW YORK TIMES")]
    [InlineData("the new york times")]
    [InlineData("bbc news")]
    public void A_name_in_other_letter_case_is_found_through_its_case_insensitive_variant(string name)
    {
        var m = Registry.Lookup(name);
        Assert.NotNull(m);
        Assert.Equal(name.Contains("bbc", StringComparison.OrdinalIgnoreCase) ? Bbc : Times, m.Outlet);
        Assert.Contains(m.MatchedBy, new[] { "name", "alias" });
    }

    [Fact]
    public void An_unknown_outlet_is_not_found()
    {
        Assert.Null(Registry.Lookup("example.org"));
        Assert.Null(Registry.Lookup("Village Gazette"));
        Assert.Null(OutletRegistry.HostOf("not a url"));
    }

    [Fact]
    public void The_registry_survives_a_save_and_load_round_trip()
    {
        using var ms = new MemoryStream();
        Registry.Save(ms);
        ms.Position = 0;
        var back = OutletRegistry.Load(ms);
        Assert.Equal(2, back.Count);
        Assert.Equal(Times, back.Lookup("nytimes.com")!.Outlet);
    }

    [Fact]
    public void The_embedded_registry_holds_thousands_of_rated_outlets_with_provenance()
    {
        var r = OutletRegistry.Embedded;
        Assert.True(r.Count > 5000);
        var bbc = r.Lookup("bbc.co.uk");
        Assert.NotNull(bbc);
        Assert.False(string.IsNullOrEmpty(bbc.Outlet.Factuality));
        Assert.All(r.Records, x => Assert.False(string.IsNullOrEmpty(x.Provenance)));
    }
}
