namespace NewsLens.Store.Postgres;

public sealed partial class PgArticleStore : IArticleRelations
{
    public string? Layer(long id, string name)
    {
        using var cmd = Command("SELECT json FROM layers WHERE article_id = $1 AND name = $2");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = name });
        return cmd.ExecuteScalar() as string;
    }

    public IReadOnlyList<ArticleLink> LinksOf(long id)
    {
        using var cmd = Command("SELECT article_id, other_id, kind, score FROM links WHERE article_id = $1 OR other_id = $1 ORDER BY kind COLLATE \"C\", CASE WHEN article_id = $1 THEN other_id ELSE article_id END, article_id");
        cmd.Parameters.Add(new() { Value = id });
        using var r = cmd.ExecuteReader();
        var links = new List<ArticleLink>();
        while (r.Read()) links.Add(new ArticleLink(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetDouble(3)));
        return links;
    }

    public void ReplaceLinks(long article, IReadOnlyCollection<string> kinds, IReadOnlyList<ArticleLink> links)
    {
        if (links.FirstOrDefault(l => l.Article != article) is { } stray) throw new ArgumentException($"link {stray} does not start at article {article}", nameof(links));
        using var tx = Db.BeginTransaction();
        using (var del = Command("DELETE FROM links WHERE article_id = $1 AND kind = ANY($2)", tx))
        {
            del.Parameters.Add(new() { Value = article });
            del.Parameters.Add(new() { Value = kinds.ToArray() });
            del.ExecuteNonQuery();
        }
        using (var cmd = Command("INSERT INTO links(article_id, other_id, kind, score) VALUES($1, $2, $3, $4) ON CONFLICT (article_id, other_id, kind) DO UPDATE SET score = excluded.score", tx))
        {
            foreach (var l in links)
            {
                cmd.Parameters.Clear();
                cmd.Parameters.Add(new() { Value = l.Article });
                cmd.Parameters.Add(new() { Value = l.Other });
                cmd.Parameters.Add(new() { Value = l.Kind });
                cmd.Parameters.Add(new() { Value = l.Score });
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    public void ReplaceComparisons(long article, IReadOnlyList<(long Source, string Json)> comparisons)
    {
        using var tx = Db.BeginTransaction();
        using (var del = Command("DELETE FROM comparisons WHERE article_id = $1", tx))
        {
            del.Parameters.Add(new() { Value = article });
            del.ExecuteNonQuery();
        }
        using (var cmd = Command("INSERT INTO comparisons(article_id, source_id, json) VALUES($1, $2, $3)", tx))
        {
            foreach (var (source, json) in comparisons)
            {
                cmd.Parameters.Clear();
                cmd.Parameters.Add(new() { Value = article });
                cmd.Parameters.Add(new() { Value = source });
                cmd.Parameters.Add(new() { Value = json.Replace("\0", "", StringComparison.Ordinal) });
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    public IReadOnlyList<(long Source, string Json)> Comparisons(long article)
    {
        using var cmd = Command("SELECT source_id, json FROM comparisons WHERE article_id = $1 ORDER BY source_id");
        cmd.Parameters.Add(new() { Value = article });
        using var r = cmd.ExecuteReader();
        var found = new List<(long, string)>();
        while (r.Read()) found.Add((r.GetInt64(0), r.GetString(1)));
        return found;
    }
}
