using NewsLens.Pipeline;
using Npgsql;

namespace NewsLens.Store.Postgres;

public sealed partial class PgArticleStore
{
    public string? Report(long id, bool indented = true)
    {
        if (Shell(id) is not { } row) return null;
        var layers = new List<(string, string)>();
        using (var cmd = Command("SELECT name, json FROM layers WHERE article_id = $1 ORDER BY ord"))
        {
            cmd.Parameters.Add(new() { Value = id });
            using var r = cmd.ExecuteReader();
            while (r.Read()) layers.Add((r.GetString(0), r.GetString(1)));
        }
        return StoredReports.Assemble(row.Shell, row.Text, layers, indented);
    }

    private (string Shell, string Text)? Shell(long id)
    {
        using var cmd = Command("SELECT report, text FROM articles WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetString(1)) : null;
    }

    public (string Text, Text.ArticleMetadata Metadata)? Input(long id) =>
        Shell(id) is { } row ? (row.Text, StoredReports.Metadata(row.Shell)) : null;

    public IEnumerable<ArticleSummary> Articles()
    {
        // why: a connection of its own, so the caller may use the store while it walks the articles
        using var con = _source.OpenConnection();
        using var cmd = new NpgsqlCommand($"SELECT {ArticleSummaryRows.Columns} FROM articles ORDER BY id", con);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return ArticleSummaryRows.Read(r, Date);
    }

    public IReadOnlyList<long> Stale(string pipeline, IReadOnlyDictionary<string, AnalyzerInfo> current, string? layer = null)
    {
        var ids = new SortedSet<long>();
        foreach (var (name, by) in current)
        {
            if (layer is not null && name != layer) continue;
            using var cmd = Command("""
                SELECT a.id FROM articles a LEFT JOIN layers l ON l.article_id = a.id AND l.name = $1
                WHERE a.pipeline = $2 AND (l.article_id IS NULL OR l.analyzer <> $3 OR l.version <> $4 OR coalesce(l.model_sha, '') <> $5)
                """);
            foreach (var v in new[] { name, pipeline, by.Id, by.Version, by.ModelSha256 ?? "" }) cmd.Parameters.Add(new() { Value = v });
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetInt64(0));
        }
        return [.. ids];
    }

    /// <summary>
    /// <paramref name="ids"/> grouped by the monthly partition holding them (<c>yyyy-MM</c>, or <c>undated</c>), months in
    /// order: the unit a leased re-analysis job covers. Ids no longer stored are left out.
    /// </summary>
    public IReadOnlyList<(string Month, IReadOnlyList<long> Ids)> ByMonth(IReadOnlyList<long> ids)
    {
        using var cmd = Command("SELECT CASE WHEN month = '-infinity' THEN 'undated' ELSE to_char(month, 'YYYY-MM') END, id FROM articles WHERE id = ANY($1) ORDER BY month, id");
        cmd.Parameters.Add(new() { Value = ids.ToArray() });
        using var r = cmd.ExecuteReader();
        var months = new List<(string, List<long>)>();
        while (r.Read())
        {
            string m = r.GetString(0);
            if (months.Count == 0 || months[^1].Item1 != m) months.Add((m, []));
            months[^1].Item2.Add(r.GetInt64(1));
        }
        return [.. months.Select(m => (m.Item1, (IReadOnlyList<long>)m.Item2))];
    }

    public StoreStats Stats()
    {
        long Count(string sql) => Convert.ToInt64(PgSchema.Scalar(Db, null, sql), System.Globalization.CultureInfo.InvariantCulture);
        var top = new List<(string, long)>();
        using (var cmd = Command("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT 10"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) top.Add((r.GetString(0), r.GetInt64(1)));
        DateTimeOffset? first = null, last = null;
        using (var cmd = Command("SELECT min(published), max(published) FROM articles"))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) (first, last) = (Date(r, 0), Date(r, 1));
        var layers = new List<LayerCount>();
        using (var cmd = Command("SELECT name, analyzer, version, model_sha, count(*) FROM layers GROUP BY name, analyzer, version, model_sha ORDER BY min(ord), name, analyzer, version"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) layers.Add(new LayerCount(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), r.GetInt64(4)));
        return new StoreStats(Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM records WHERE duplicate_by IS NOT NULL"),
            Count("SELECT count(DISTINCT outlet) FROM articles"), top, first, last, layers, Count("SELECT count(*) FROM links"),
            Count("SELECT pg_database_size(current_database())"), SchemaVersion);
    }
}
