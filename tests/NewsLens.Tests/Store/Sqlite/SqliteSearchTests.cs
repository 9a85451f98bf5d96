using NewsLens.Store;
using static NewsLens.Tests.Store.TempStore;

namespace NewsLens.Tests.Store.Sqlite;

public sealed class SqliteSearchTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly NewsLens.Store.Sqlite.SqliteArticleStore _store;

    private static DateTimeOffset Day(int d) => new(2026, 11, d, 0, 0, 0, TimeSpan.Zero);

    public SqliteSearchTests()
    {
        _store = _temp.Open();
        _store.Commit([
            Article("k1", "The coastal bridge will stay closed for weeks, engineers said.", title: "Bridge closed", outlet: "Example Wire", published: Day(1),
                facets: new ArticleFacets(0.1, "center", 1, [], ["laura finch"])),
            Article("k2", "A shameful cover-up: the harbour bridge scandal grows, critics said.", title: "Harbour scandal", outlet: "Valley Ledger", published: Day(10),
                facets: new ArticleFacets(0.9, "right", 0, ["Loaded_Language"], ["tom reyes"])),
            Article("k3", "Rain fell on the harbour all day.", title: "Rain", outlet: "Example Wire", published: Day(20),
                facets: new ArticleFacets(0.2, "left", 0, [], [])),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private List<string?> Titles(SearchQuery q) => [.. _store.Search(q).Select(h => h.Title)];

    [Fact]
    public void Words_match_stemmed_forms_and_every_word_is_required()
    {
        Assert.Equal(["Bridge closed", "Harbour scandal"], Titles(new SearchQuery { Text = "bridges" }).Order());
        Assert.Equal(["Harbour scandal"], Titles(new SearchQuery { Text = "harbour bridge" }));
    }

    [Fact]
    public void A_hit_has_a_snippet_with_the_match_marked()
    {
        var hit = Assert.Single(_store.Search(new SearchQuery { Text = "engineers" }));
        Assert.Contains("[engineers]", hit.Snippet);
        Assert.True(hit.Rank < 0, "FTS5 bm25 ranks are negative, better matches lower");
    }

    [Fact]
    public void Each_filter_narrows_the_results()
    {
        Assert.Equal(["Rain", "Bridge closed"], Titles(new SearchQuery { Outlet = "example wire" }));
        Assert.Equal(["Harbour scandal"], Titles(new SearchQuery { From = Day(5), To = Day(15) }));
        Assert.Equal(["Harbour scandal"], Titles(new SearchQuery { Technique = "loaded_language" }));
        Assert.Equal(["Rain"], Titles(new SearchQuery { Lean = "left" }));
        Assert.Equal(["Harbour scandal"], Titles(new SearchQuery { VerdictMin = 0.5 }));
        Assert.Equal(["Rain", "Bridge closed"], Titles(new SearchQuery { VerdictMax = 0.5 }));
        Assert.Equal(["Bridge closed"], Titles(new SearchQuery { HasClaim = true }));
        Assert.Equal(["Bridge closed"], Titles(new SearchQuery { QuoteBy = "Finch" }));
        Assert.Equal(["Bridge closed"], Titles(new SearchQuery { QuoteBy = "laura finch" }));
        Assert.Empty(Titles(new SearchQuery { QuoteBy = "inch" }));
    }

    [Fact]
    public void Filters_combine_with_words()
    {
        Assert.Equal(["Bridge closed"], Titles(new SearchQuery { Text = "bridge", Outlet = "Example Wire" }));
        Assert.Empty(Titles(new SearchQuery { Text = "rain", VerdictMin = 0.5 }));
    }

    [Fact]
    public void Without_words_the_filtered_articles_come_newest_first_up_to_the_limit() =>
        Assert.Equal(["Rain", "Harbour scandal"], Titles(new SearchQuery { Limit = 2 }));

    [Fact]
    public void A_broad_query_ranks_only_the_newest_matches_of_its_window()
    {
        // k3 ("harbour" once, newest) and k2 ("harbour" once, with more words) match; a window of 1 ranks only the newest
        Assert.Equal(["Rain"], Titles(new SearchQuery { Text = "harbour", RankWindow = 1, Limit = 1 }));
        Assert.Equal(2, _store.Search(new SearchQuery { Text = "harbour", RankWindow = 0 }).Count);
    }

    [Fact]
    public void A_window_too_narrow_for_the_filters_is_widened_until_enough_hits_or_every_match()
    {
        Assert.Equal(["Harbour scandal"], Titles(new SearchQuery { Text = "harbour", Outlet = "Valley Ledger", RankWindow = 1 }));
        Assert.Equal(["Bridge closed", "Harbour scandal"], Titles(new SearchQuery { Text = "bridge", RankWindow = 1 }).Order());
    }
}
