using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Text;
using NewsLens.Web.Articles;
using StoredArticle = NewsLens.Web.Articles.StoredArticle;

namespace NewsLens.Tests.Web.Articles;

public class InMemoryArticleRepositoryTests
{
    private static StoredArticle Article(string id, string text, string? title = null, string? outlet = null, DateTimeOffset? published = null) =>
        new(id, new AnalysisResult(Document.Create(text, new ArticleMetadata { Title = title, SiteName = outlet, Published = published }), [], []), DateTimeOffset.UnixEpoch);

    private static SearchQuery Words(string text, int limit = 10) => new() { Text = text, Limit = limit };

    [Fact]
    public void It_keeps_at_most_its_capacity_dropping_the_oldest_first()
    {
        var repo = new InMemoryArticleRepository(2);
        repo.Add(Article("a", "one"));
        repo.Add(Article("b", "two"));
        repo.Add(Article("c", "three"));
        Assert.Null(repo.Get("a"));
        Assert.Equal(["c", "b"], repo.Latest(10).Select(x => x.Id));
    }

    [Fact]
    public void Adding_an_id_again_replaces_it_and_makes_it_the_newest()
    {
        var repo = new InMemoryArticleRepository(3);
        repo.Add(Article("a", "one"));
        repo.Add(Article("b", "two"));
        repo.Add(Article("a", "uno"));
        Assert.Equal(["a", "b"], repo.Latest(10).Select(x => x.Id));
        Assert.Equal("uno", repo.Get("a")!.Result.Document.Text);
    }

    [Fact]
    public void Search_needs_every_word_in_the_title_or_text_ignoring_case()
    {
        var repo = new InMemoryArticleRepository(5);
        repo.Add(Article("a", "The ferry sailed late.", "Ferry delays"));
        repo.Add(Article("b", "The ferry sank.", "Sinking"));
        Assert.Equal(["a"], repo.Search(Words("FERRY delays")).Select(x => x.Id));
        Assert.Equal(["b", "a"], repo.Search(Words("ferry")).Select(x => x.Id));
        Assert.Single(repo.Search(Words("ferry", 1)));
    }

    [Fact]
    public void Search_pages_with_an_offset_and_filters_by_outlet_and_dates_as_the_store_does()
    {
        var repo = new InMemoryArticleRepository(10);
        repo.Add(Article("a", "Tram fares rise.", outlet: "Daily Post", published: new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        repo.Add(Article("b", "Tram lines close.", outlet: "daily post", published: new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        repo.Add(Article("c", "Tram strike ends.", outlet: "Evening Star"));
        Assert.Equal(["b", "a"], repo.Search(new SearchQuery { Text = "tram", Outlet = "DAILY POST" }).Select(x => x.Id));
        Assert.Equal(["a"], repo.Search(new SearchQuery { Text = "tram", To = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero) }).Select(x => x.Id));
        Assert.Equal(["b"], repo.Search(new SearchQuery { Text = "tram", Limit = 1, Offset = 1 }).Select(x => x.Id));
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryArticleRepository(0));

    [Fact]
    public void It_keeps_at_most_its_byte_bound_dropping_the_oldest_first_and_accounts_what_it_keeps()
    {
        var big = new string('x', 10_000) + " end.";
        long one = KeptSize.Of(Article("size", big));
        var repo = new InMemoryArticleRepository(1000, maxBytes: 3 * one + one / 2);
        foreach (var id in new[] { "a", "b", "c", "d", "e" }) repo.Add(Article(id, big));
        Assert.Equal(["e", "d", "c"], repo.Latest(10).Select(x => x.Id));
        Assert.Equal(3 * one, repo.KeptBytes);
        Assert.True(repo.KeptBytes <= repo.MaxBytes);
    }

    [Fact]
    public void An_article_over_the_byte_bound_is_kept_alone_so_its_address_works()
    {
        var repo = new InMemoryArticleRepository(1000, maxBytes: 1_000);
        repo.Add(Article("small", "A short note."));
        repo.Add(Article("huge", new string('y', 50_000)));
        Assert.Equal(["huge"], repo.Latest(10).Select(x => x.Id));
        Assert.NotNull(repo.Get("huge"));
        Assert.Equal(KeptSize.Of(repo.Get("huge")!), repo.KeptBytes);
    }

    [Fact]
    public void Replacing_an_article_accounts_its_new_size_not_both()
    {
        var repo = new InMemoryArticleRepository(10);
        repo.Add(Article("a", new string('z', 5_000)));
        repo.Add(Article("a", "Now short."));
        Assert.Equal(KeptSize.Of(Article("a", "Now short.")), repo.KeptBytes);
    }

    [Fact]
    public void The_size_of_a_kept_article_grows_with_its_text_at_two_bytes_a_char_at_least()
    {
        long small = KeptSize.Of(Article("s", "word " + new string('a', 1_000)));
        long large = KeptSize.Of(Article("l", "word " + new string('a', 101_000)));
        Assert.True(large - small >= 200_000, $"{large} - {small}");
    }
}
