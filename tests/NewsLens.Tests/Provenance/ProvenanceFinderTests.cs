using NewsLens.Provenance;
using NewsLens.Text;

namespace NewsLens.Tests.Provenance;

/// <summary>
/// Spec cases for same-claim and citation finding, on short texts written for them. The similarity threshold (0.5) was
/// chosen on these cases: each pair's expected side is checked here, and <see cref="Spec_scores_sit_on_their_side_of_the_threshold"/> prints their scores.
/// </summary>
public sealed class ProvenanceFinderTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ProvenanceArticle Article(long id, int day, string outlet, params string[] claims) => Article(id, day, outlet, null, [], [], claims);

    private static ProvenanceArticle Article(long id, int day, string outlet, string? url, string[] citedUrls, string[] citedOutlets, params string[] claims)
    {
        var spans = new List<ProvenanceClaim>();
        int at = 0;
        foreach (var c in claims) { spans.Add(new ProvenanceClaim(new TextSpan(at, at + c.Length), c)); at += c.Length + 1; }
        return new ProvenanceArticle(id, Day.AddDays(day), outlet, url, spans, citedUrls, citedOutlets);
    }

    // Each retelling of a claim in other words, with what it is retold from.
    public static TheoryData<string, string> Retellings => new()
    {
        { "The council will spend 4.2 million dollars to repair the harbour pier.", "Harbour pier repairs will cost the council 4.2 million dollars." },
        { "Unemployment in the region fell to 5.1 percent in February, the statistics office said.", "The regional unemployment rate fell to 5.1 percent in February." },
        { "Senator Alvarez voted against the water bill on Tuesday.", "On Tuesday Senator Alvarez voted against the water bill." },
        { "The factory in Dunmore will close next year, putting 300 jobs at risk.", "Some 300 jobs are at risk as the Dunmore factory will close next year." },
    };

    // Claims on the same topic as another that say something else.
    public static TheoryData<string, string> OtherClaims => new()
    {
        { "The council will spend 4.2 million dollars to repair the harbour pier.", "The harbour pier was built in 1911 by a shipping company." },
        { "Unemployment in the region fell to 5.1 percent in February.", "Wages in the region rose faster than prices last year." },
        { "Senator Alvarez voted against the water bill on Tuesday.", "The water bill would raise charges for farms in the valley." },
        { "The factory in Dunmore will close next year.", "The Dunmore factory opened a new packing line in spring." },
    };

    [Theory]
    [MemberData(nameof(Retellings))]
    public void A_claim_retold_in_other_words_is_found_in_the_earlier_article(string earlier, string later)
    {
        var finder = Collection(earlier, later, out var a, out var b);
        var echo = Assert.Single(finder.Find(b).SameClaims);
        Assert.Equal((a.Id, a.Claims[0].Span, b.Claims[0].Span), (echo.Other, echo.OtherSpan, echo.Span));
        Assert.Equal(earlier, echo.OtherText);
    }

    [Theory]
    [MemberData(nameof(OtherClaims))]
    public void A_claim_on_the_same_topic_that_says_another_thing_is_not_the_same_claim(string earlier, string later)
    {
        var finder = Collection(earlier, later, out _, out var b);
        Assert.Empty(finder.Find(b).SameClaims);
    }

    [Fact]
    public void Spec_scores_sit_on_their_side_of_the_threshold()
    {
        double Score(string x, string y)
        {
            var sim = new ClaimSimilarity(Background.Concat([x, y]).Select(t => (IReadOnlyList<string>)NewsLens.FactChecks.MatchText.Terms(t)));
            return ClaimSimilarity.Cosine(sim.Weigh(NewsLens.FactChecks.MatchText.Terms(x)), sim.Weigh(NewsLens.FactChecks.MatchText.Terms(y)));
        }
        double threshold = new ProvenanceOptions().MinSimilarity;
        var retold = Retellings.Select(r => Score((string)r[0], (string)r[1])).ToList();
        var other = OtherClaims.Select(r => Score((string)r[0], (string)r[1])).ToList();
        string scores = $"retellings {string.Join(", ", retold.Select(s => s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}; "
            + $"other claims {string.Join(", ", other.Select(s => s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}";
        output.WriteLine(scores);
        Assert.True(retold.All(s => s >= threshold) && other.All(s => s < threshold), scores);
    }

    [Fact]
    public void A_later_article_is_never_given_as_the_earlier_one()
    {
        var finder = Collection(Retellings_0.Earlier, Retellings_0.Later, out var a, out _);
        Assert.Empty(finder.Find(a).SameClaims);
    }

    [Fact]
    public void Undated_articles_are_ordered_by_store_id()
    {
        var a = new ProvenanceArticle(1, null, "Wire", null, [new(new TextSpan(0, 10), Retellings_0.Earlier)], [], []);
        var b = new ProvenanceArticle(2, Day, "Daily", null, [new(new TextSpan(0, 10), Retellings_0.Later)], [], []);
        Assert.True(a.IsBefore(b));
        Assert.False(b.IsBefore(a));
    }

    [Fact]
    public void A_link_to_a_stored_articles_canonical_url_cites_it_without_a_shared_claim()
    {
        var wire = Article(1, 0, "Example Wire", "https://wire.example/pier", [], [], "The ferry timetable changes in May.");
        var daily = Article(2, 1, "Daily Example", null, ["https://wire.example/pier"], [], "Bakers in the old town won a prize for rye bread.");
        var found = new ProvenanceFinder([wire, daily]).Find(daily);
        Assert.Equal([new Citation(1, "link", 1)], found.Cites);
        Assert.Empty(found.SameClaims);
    }

    [Fact]
    public void Naming_an_outlet_cites_its_earlier_article_only_when_they_share_a_claim()
    {
        var wire = Article(1, 0, "wire.example", null, [], [], Retellings_0.Earlier);
        var wireOther = Article(2, 0, "wire.example", null, [], [], "The ferry timetable changes in May.");
        var daily = Article(3, 1, "Daily Example", null, [], ["Wire"], Retellings_0.Later);
        var found = new ProvenanceFinder([wire, wireOther, daily]).Find(daily);
        var cite = Assert.Single(found.Cites);
        Assert.Equal((1L, "outlet"), (cite.Other, cite.By));
        Assert.Equal(found.SameClaims[0].Score, cite.Score);
    }

    [Theory]
    [InlineData("www.bbc.co.uk", "BBC")]
    [InlineData("The Guardian", "guardian")]
    [InlineData("Example Wire", "examplewire.com")]
    public void Outlet_names_and_domains_meet_in_one_key(string a, string b) =>
        Assert.Equal(ProvenanceFinder.OutletKey(a), ProvenanceFinder.OutletKey(b));

    private static (string Earlier, string Later) Retellings_0 => ((string)Retellings.First()[0], (string)Retellings.First()[1]);

    // why: idf needs a collection; these unrelated claims stand for the rest of a store
    private static readonly string[] Background =
    [
        "The ferry timetable changes in May.", "Bakers in the old town won a prize for rye bread.", "The council said the budget would be published on Friday.",
        "Police said two people were hurt in the crash.", "The school will open a new library next term.", "Prices rose by 2 percent last year.",
    ];

    private static ProvenanceFinder Collection(string earlier, string later, out ProvenanceArticle a, out ProvenanceArticle b)
    {
        var rest = Background.Select((t, i) => Article(10 + i, -5, "Other", t)).ToList();
        a = Article(1, 0, "Example Wire", earlier);
        b = Article(2, 1, "Daily Example", later);
        return new ProvenanceFinder([.. rest, a, b]);
    }
}
