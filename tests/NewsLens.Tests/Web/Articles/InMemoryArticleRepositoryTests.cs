using NewsLens.Pipeline;
using NewsLens.Text;
using NewsLens.Web.Articles;

namespace NewsLens.Tests.Web.Articles;

public class InMemoryArticleRepositoryTests
{
    private static StoredArticle Article(string id, string text, string? title = null) =>
        new(id, new AnalysisResult(Document.Create(text, new ArticleMetadata { Title = title }), [], []), DateTimeOffset.UnixEpoch);

    [Fact]
    public void It_keeps_at_most_its_capacity_dropping_the_oldest_first()
    {
        var repo = new InMemoryArticleRepository(2);
        repo.Add(Article("a", "one"));
        repo.Add(Article("b", "two"));
        repo.Add(Article("c", "three"));
        Assert.Null(repo.Get("a"));
        Assert.Equal(["c", "b"], repo.All().Select(x => x.Id));
    }

    [Fact]
    public void Adding_an_id_again_replaces_it_and_makes_it_the_newest()
    {
        var repo = new InMemoryArticleRepository(3);
        repo.Add(Article("a", "one"));
        repo.Add(Article("b", "two"));
        repo.Add(Article("a", "uno"));
        Assert.Equal(["a", "b"], repo.All().Select(x => x.Id));
        Assert.Equal("uno", repo.Get("a")!.Result.Document.Text);
    }

    [Fact]
    public void Search_needs_every_word_in_the_title_or_text_ignoring_case()
    {
        var repo = new InMemoryArticleRepository(5);
        repo.Add(Article("a", "The ferry sailed late.", "Ferry delays"));
        repo.Add(Article("b", "The ferry sank.", "Sinking"));
        Assert.Equal(["a"], repo.Search("FERRY delays", 10).Select(x => x.Id));
        Assert.Equal(["b", "a"], repo.Search("ferry", 10).Select(x => x.Id));
        Assert.Single(repo.Search("ferry", 1));
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryArticleRepository(0));
}
