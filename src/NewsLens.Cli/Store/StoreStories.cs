using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Stories;

namespace NewsLens.Cli.Store;

/// <summary>
/// Story clustering and near-duplicate linking over the store: reads the stored articles (published on or after
/// <c>since</c> when given), groups them, and records each article's story (<c>s</c> + the store id of the story's
/// first article, so a story keeps its id while its first article stays) and a <c>near-duplicate</c> link from each
/// article to the earliest published one whose text it near-duplicates.
/// </summary>
internal static class StoreStories
{
    public const string NearDuplicateKind = "near-duplicate";

    /// <summary>
    /// The rows by id, each marked with the earliest row whose text it near-duplicates: earliest by publication time,
    /// then (for equal or missing times) in the given order. Undated rows come after dated ones.
    /// </summary>
    public static Dictionary<string, StoryRow> MarkNearDuplicates(IReadOnlyList<StoryRow> rows)
    {
        var marks = FirstCopies.Of(rows.Select(r => (r.Article.Id, r.Article.Published, r.Signature)));
        var marked = new Dictionary<string, StoryRow>(StringComparer.Ordinal);
        foreach (var r in rows)
            marked.TryAdd(r.Article.Id, marks.TryGetValue(r.Article.Id, out var first)
                ? r with { NearDuplicateOf = first.Id, NearDuplicateSimilarity = first.Similarity } : r);
        return marked;
    }

    public static (IReadOnlyList<Story> Stories, Dictionary<string, StoryRow> Rows) Update(IArticleStore store, StoryOptions options, DateTimeOffset? since = null, CancellationToken ct = default)
    {
        if (store is not PgArticleStore pg)
        {
            var (stories, rows, assignments, links) = Plan(store, options, since);
            store.SetStories(assignments);
            store.Link(links);
            return (stories, rows);
        }
        string window = since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "all";
        return StoreJobs.Run(pg, "stories", window, (lease, token) =>
        {
            var (stories, rows, assignments, links) = Plan(store, options, since);
            token.ThrowIfCancellationRequested();
            lease.Complete(w => { w.SetStories(assignments); w.Link(links); });
            return (stories, rows);
        }, ct);
    }

    private static (IReadOnlyList<Story>, Dictionary<string, StoryRow>, List<(long, string?)>, List<ArticleLink>) Plan(IArticleStore store, StoryOptions options, DateTimeOffset? since)
    {
        var rows = new List<StoryRow>();
        foreach (var a in store.Articles())
        {
            if (since is { } f && (a.Published is not { } p || p < f)) continue;
            var article = new StoryArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Title, a.Text, a.Published, a.Outlet);
            rows.Add(new StoryRow(article, a.Lean, null, a.Verdict, MinHash.Signature(a.Text), a.Id));
        }
        var stories = new StoryClusterer(options).Cluster([.. rows.Select(r => r.Article)]);
        var byId = rows.ToDictionary(r => r.Article.Id, StringComparer.Ordinal);
        var assignments = new List<(long, string?)>(rows.Count);
        foreach (var s in stories)
        {
            string key = "s" + s.ArticleIds[0];
            foreach (var id in s.ArticleIds) assignments.Add((byId[id].StoreId!.Value, key));
        }
        byId = MarkNearDuplicates(rows);
        // why: each re-post links to the first copy published (store ids break ties)
        List<ArticleLink> links = [.. byId.Values.Where(r => r.NearDuplicateOf is not null)
            .Select(r => new ArticleLink(r.StoreId!.Value, byId[r.NearDuplicateOf!].StoreId!.Value, NearDuplicateKind, Math.Round(r.NearDuplicateSimilarity, 4)))];
        return (stories, byId, assignments, links);
    }
}
