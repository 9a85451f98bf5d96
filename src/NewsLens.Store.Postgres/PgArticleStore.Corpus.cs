using Npgsql;

namespace NewsLens.Store.Postgres;

public sealed partial class PgArticleStore
{
    public IReadOnlyList<ArticleSummary> Latest(int limit)
    {
        using var cmd = Command($"SELECT {ArticleSummaryRows.AliasedColumns} FROM articles a ORDER BY a.id DESC LIMIT $1");
        cmd.Parameters.Add(new() { Value = Math.Max(0, limit) });
        return Summaries(cmd);
    }

    public IReadOnlyList<StoredStory> Stories(int limit, int offset = 0)
    {
        using var cmd = Command($"""
            WITH s AS (SELECT story, max(id) AS newest FROM articles WHERE story IS NOT NULL GROUP BY story ORDER BY newest DESC LIMIT $1 OFFSET $2)
            SELECT {ArticleSummaryRows.AliasedColumns} FROM articles a JOIN s ON a.story = s.story
            ORDER BY s.newest DESC, a.published ASC NULLS LAST, a.id
            """);
        cmd.Parameters.Add(new() { Value = Math.Max(0, limit) });
        cmd.Parameters.Add(new() { Value = Math.Max(0, offset) });
        return [.. Summaries(cmd).GroupBy(a => a.Story!).Select(g => new StoredStory(g.Key, [.. g]))];
    }

    public IReadOnlyList<ArticleLink> Links(IReadOnlyCollection<long> articles, string kind)
    {
        if (articles.Count == 0) return [];
        using var cmd = Command("SELECT article_id, other_id, kind, score FROM links WHERE kind = $1 AND article_id = ANY($2)");
        cmd.Parameters.Add(new() { Value = kind });
        cmd.Parameters.Add(new() { Value = articles.ToArray() });
        using var r = cmd.ExecuteReader();
        var links = new List<ArticleLink>();
        while (r.Read()) links.Add(new ArticleLink(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetDouble(3)));
        return links;
    }

    public IReadOnlyDictionary<long, int> LayerItemCounts(string layer, IReadOnlyCollection<long> articles)
    {
        var counts = new Dictionary<long, int>();
        if (articles.Count == 0) return counts;
        using var cmd = Command("SELECT article_id, json_array_length(json::json) FROM layers WHERE name = $1 AND article_id = ANY($2)");
        cmd.Parameters.Add(new() { Value = layer });
        cmd.Parameters.Add(new() { Value = articles.ToArray() });
        using var r = cmd.ExecuteReader();
        while (r.Read()) counts[r.GetInt64(0)] = r.GetInt32(1);
        return counts;
    }

    private static List<ArticleSummary> Summaries(NpgsqlCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var rows = new List<ArticleSummary>();
        while (r.Read())
            rows.Add(ArticleSummaryRows.Read(r, Date));
        return rows;
    }
}
