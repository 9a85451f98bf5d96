using NewsLens.Pipeline;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore
{
    public string? Report(long id, bool indented = true)
    {
        using var cmd = Command("SELECT report, text FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        string shell, text;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            (shell, text) = (r.GetString(0), r.GetString(1));
        }
        return StoredReports.Assemble(shell, text, Layers(id), indented);
    }

    private List<(string Name, string Json)> Layers(long id)
    {
        using var cmd = Command("SELECT name, json FROM layers WHERE article_id = $id ORDER BY ord");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        var layers = new List<(string, string)>();
        while (r.Read()) layers.Add((r.GetString(0), r.GetString(1)));
        return layers;
    }

    public (string Text, Text.ArticleMetadata Metadata)? Input(long id)
    {
        using var cmd = Command("SELECT report, text FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(1), StoredReports.Metadata(r.GetString(0))) : null;
    }

    public IEnumerable<ArticleSummary> Articles()
    {
        using var cmd = Command($"SELECT {ArticleSummaryRows.Columns} FROM articles ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return ArticleSummaryRows.Read(r, FromUnix);
    }

    public IReadOnlyList<long> Stale(string pipeline, IReadOnlyDictionary<string, AnalyzerInfo> current, string? layer = null)
    {
        var ids = new SortedSet<long>();
        foreach (var (name, by) in current)
        {
            if (layer is not null && name != layer) continue;
            using var cmd = Command("""
                SELECT a.id FROM articles a LEFT JOIN layers l ON l.article_id = a.id AND l.name = $n
                WHERE a.pipeline = $p AND (l.article_id IS NULL OR l.analyzer <> $an OR l.version <> $v OR IFNULL(l.model_sha, '') <> $m)
                """);
            cmd.Parameters.AddWithValue("$n", name);
            cmd.Parameters.AddWithValue("$p", pipeline);
            cmd.Parameters.AddWithValue("$an", by.Id);
            cmd.Parameters.AddWithValue("$v", by.Version);
            cmd.Parameters.AddWithValue("$m", by.ModelSha256 ?? "");
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetInt64(0));
        }
        return [.. ids];
    }

    public StoreStats Stats()
    {
        long Count(string sql) { using var c = Command(sql); return Convert.ToInt64(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture); }
        var top = new List<(string, long)>();
        using (var cmd = Command("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT 10"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) top.Add((r.GetString(0), r.GetInt64(1)));
        DateTimeOffset? first = null, last = null;
        using (var cmd = Command("SELECT min(published), max(published) FROM articles"))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) (first, last) = (FromUnix(r, 0), FromUnix(r, 1));
        var layers = new List<LayerCount>();
        using (var cmd = Command("SELECT name, analyzer, version, model_sha, count(*) FROM layers GROUP BY name, analyzer, version, model_sha ORDER BY min(ord), name, analyzer, version"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) layers.Add(new LayerCount(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), r.GetInt64(4)));
        long bytes = Count("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        return new StoreStats(Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM records WHERE duplicate_by IS NOT NULL"),
            Count("SELECT count(DISTINCT outlet) FROM articles"), top, first, last, layers, Count("SELECT count(*) FROM links"), bytes, SchemaVersion);
    }
}
