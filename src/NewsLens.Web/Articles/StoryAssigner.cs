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
        var self = new ArticleSummary(id, row.SourceId, row.Title, row.Text, row.Published, row.Outlet, row.Url, null, row.Pipeline, row.Facets.Verdict, row.Facets.Lean, row.Facets.CheckWorthyClaims);
        var all = rows.Append(self).ToList();
        var byId = all.ToDictionary(a => ArticleRows.Id(a.Id), StringComparer.Ordinal);
        var stories = new StoryClusterer().Cluster([.. all.Select(a => new StoryArticle(ArticleRows.Id(a.Id), a.Title, a.Text, a.Published, a.Outlet))]);
        var mine = stories.First(s => s.ArticleIds.Contains(ArticleRows.Id(id)));
        string story = mine.ArticleIds.Select(x => byId[x].Story).FirstOrDefault(s => s is not null) ?? "s" + ArticleRows.Id(id);
        store.SetStories([(id, story)]);

        var index = new NearDuplicateIndex();
        foreach (var a in rows) index.Add(ArticleRows.Id(a.Id), MinHash.Signature(a.Text));
        var copies = index.Query(MinHash.Signature(row.Text));
        if (copies.Count == 0) return;
        var first = copies.Select(c => (Copy: c, Row: byId[c.Id])).OrderBy(c => c.Row.Published is null).ThenBy(c => c.Row.Published).ThenBy(c => c.Row.Id).First();
        bool selfLater = row.Published is null || (first.Row.Published is { } p && row.Published >= p);
        var (from, to) = selfLater ? (id, first.Row.Id) : (first.Row.Id, id);
        store.Link([new ArticleLink(from, to, ArticleLink.NearDuplicate, Math.Round(first.Copy.Similarity, 4))]);
    }
}
