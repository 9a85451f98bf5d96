using NewsLens.Store;
using NewsLens.Stories;

namespace NewsLens.Web.Articles;

/// <summary>
/// Gives an article the app just stored its story, without clustering the whole store again: it is clustered with the
/// <see cref="Candidates"/> articles stored last (<see cref="StoryClusterer"/>, as <c>newslens stories</c>) and joins the
/// story of the first of them it groups with, or starts one (<c>s</c> + its id); a near-duplicate link goes from the
/// later published of it and the earliest article whose text it near-duplicates to the earlier. Only the new article's
/// story is written, so what <c>newslens stories --db</c> recorded stays; that command, run again, re-clusters all.
/// </summary>
public static class StoryAssigner
{
    public const int Candidates = 200;

    public static void Assign(IArticleStore store, long id, NewsLens.Store.StoredArticle row)
    {
        var latest = store.Latest(Candidates);
        // why: an article sent again (its record already stored) keeps the story it has
        if (latest.FirstOrDefault(a => a.Id == id)?.Story is not null) return;
        var rows = latest.Where(a => a.Id != id).ToList();
        var selfSummary = new ArticleSummary(id, row.SourceId, row.Title, row.Text, row.Published, row.Outlet, row.Url, null, row.Pipeline, row.Facets.Verdict, row.Facets.Lean, row.Facets.CheckWorthyClaims);
        var all = rows.Append(selfSummary).ToList();
        var byId = all.ToDictionary(a => ArticleRows.Id(a.Id), StringComparer.Ordinal);
        var stories = new StoryClusterer().Cluster([.. all.Select(a => new StoryArticle(ArticleRows.Id(a.Id), a.Title, a.Text, a.Published, a.Outlet))]);
        var mine = stories.First(s => s.ArticleIds.Contains(ArticleRows.Id(id)));
        string story = mine.ArticleIds.Select(x => byId[x].Story).FirstOrDefault(s => s is not null) ?? "s" + ArticleRows.Id(id);
        store.SetStories([(id, story)]);

        // why: the same first-copy rule as stories over the store, applied to the candidates and this article
        string self = ArticleRows.Id(id);
        var marks = FirstCopies.Of(all.Select(a => (ArticleRows.Id(a.Id), a.Published, MinHash.Signature(a.Text))));
        var links = marks.Where(m => m.Key == self || m.Value.Id == self)
            .Select(m => new ArticleLink(byId[m.Key].Id, byId[m.Value.Id].Id, ArticleLink.NearDuplicate, Math.Round(m.Value.Similarity, 4)))
            .ToList();
        if (links.Count > 0) store.Link(links);
    }
}
