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
        var index = new NearDuplicateIndex();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var marked = new Dictionary<string, StoryRow>(StringComparer.Ordinal);
        // why: parallel ingest stores articles in completion order, so store ids alone do not say which copy came first
        var chronological = rows.Select((r, i) => (r, i))
            .OrderBy(x => x.r.Article.Published is null)
            .ThenBy(x => x.r.Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.r);
        foreach (var r in chronological)
        {
            if (!order.TryAdd(r.Article.Id, order.Count)) continue;
            var found = index.Add(r.Article.Id, r.Signature);
            var first = found.Count == 0 ? null : found.MinBy(f => order[f.Id]);
            marked[r.Article.Id] = first is null ? r : r with { NearDuplicateOf = first.Id, NearDuplicateSimilarity = first.Similarity };
        }
        return marked;
    }

    /// <summary>
    /// Clusters the stored articles (published on or after <paramref name="since"/> when given) and records their stories
    /// and near-duplicate links. On PostgreSQL the whole run is a leased job per window (<see cref="StoreJobs"/>), so two
    /// runs over one window never both commit, and a run that froze past its lease commits nothing.
    /// </summary>
    /// <exception cref="JobHeldException">when another run holds this window's job.</exception>
    /// <exception cref="NewsLens.Store.Postgres.Queue.LeaseLostException">when the lease was lost before the commit.</exception>
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
