using NewsLens.Store;

namespace NewsLens.Tests.Store;

/// <summary>What both stores must do for <see cref="IArticleRelations"/>; the SQLite and PostgreSQL tests run it.</summary>
internal static class ArticleRelationsSpec
{
    public static (long A, long B, long C) ThreeArticles(IArticleStore store)
    {
        var ids = store.Commit([
            TempStore.Article("r:1", "The wire told it first."),
            TempStore.Article("r:2", "The daily told it again."),
            TempStore.Article("r:3", "The weekly told it last."),
        ]).Select(o => o.Id).ToArray();
        return (ids[0], ids[1], ids[2]);
    }

    public static void Replacing_links_of_some_kinds_keeps_the_others_and_both_ends_see_them(IArticleStore store)
    {
        var (a, b, c) = ThreeArticles(store);
        var relations = (IArticleRelations)store;
        store.Link([new ArticleLink(b, a, "near-duplicate", 0.9)]);
        relations.ReplaceLinks(b, ["same-claim", "cites"], [new ArticleLink(b, a, "same-claim", 0.7), new ArticleLink(b, c, "cites", 1)]);
        relations.ReplaceLinks(b, ["same-claim", "cites"], [new ArticleLink(b, a, "cites", 1)]);
        Assert.Equal([new ArticleLink(b, a, "cites", 1), new ArticleLink(b, a, "near-duplicate", 0.9)], relations.LinksOf(b));
        Assert.Equal(relations.LinksOf(b), relations.LinksOf(a));
        Assert.Empty(relations.LinksOf(c));
        Assert.Throws<ArgumentException>(() => relations.ReplaceLinks(b, ["cites"], [new ArticleLink(c, a, "cites", 1)]));
    }

    public static void Comparisons_are_replaced_as_a_whole_and_a_layer_is_read_alone(IArticleStore store)
    {
        var (a, b, c) = ThreeArticles(store);
        var relations = (IArticleRelations)store;
        relations.ReplaceComparisons(c, [(a, "{\"n\":1}"), (b, "{\"n\":2}")]);
        relations.ReplaceComparisons(c, [(b, "{\"n\":3}")]);
        Assert.Equal([(b, "{\"n\":3}")], relations.Comparisons(c));
        Assert.Empty(relations.Comparisons(a));
        Assert.Equal("[]", relations.Layer(a, "marks"));
        Assert.Null(relations.Layer(a, "claims"));
    }
}
