using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore : IArticleRelations
{
    public string? Layer(long id, string name)
    {
        using var cmd = Command("SELECT json FROM layers WHERE article_id = $id AND name = $n");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$n", name);
        return cmd.ExecuteScalar() as string;
    }

    public IReadOnlyList<ArticleLink> LinksOf(long id)
    {
        using var cmd = Command("SELECT article_id, other_id, kind, score FROM links WHERE article_id = $id OR other_id = $id ORDER BY kind, CASE WHEN article_id = $id THEN other_id ELSE article_id END, article_id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        var links = new List<ArticleLink>();
        while (r.Read()) links.Add(new ArticleLink(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetDouble(3)));
        return links;
    }

    public void ReplaceLinks(long article, IReadOnlyCollection<string> kinds, IReadOnlyList<ArticleLink> links)
    {
        if (links.FirstOrDefault(l => l.Article != article) is { } stray) throw new ArgumentException($"link {stray} does not start at article {article}", nameof(links));
        using var tx = _db.BeginTransaction();
        using (var del = Command("DELETE FROM links WHERE article_id = $a AND kind = $k", tx))
        {
            del.Parameters.AddWithValue("$a", article);
            var k = del.Parameters.Add("$k", SqliteType.Text);
            foreach (var kind in kinds) { k.Value = kind; del.ExecuteNonQuery(); }
        }
        using (var cmd = Command("INSERT INTO links(article_id, other_id, kind, score) VALUES($a, $o, $k, $s) ON CONFLICT DO UPDATE SET score = excluded.score", tx))
        {
            var (a, o, k, s) = (cmd.Parameters.Add("$a", SqliteType.Integer), cmd.Parameters.Add("$o", SqliteType.Integer), cmd.Parameters.Add("$k", SqliteType.Text), cmd.Parameters.Add("$s", SqliteType.Real));
            foreach (var l in links)
            {
                (a.Value, o.Value, k.Value, s.Value) = (l.Article, l.Other, l.Kind, l.Score);
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    public void ReplaceComparisons(long article, IReadOnlyList<(long Source, string Json)> comparisons)
    {
        using var tx = _db.BeginTransaction();
        using (var del = Command("DELETE FROM comparisons WHERE article_id = $a", tx))
        {
            del.Parameters.AddWithValue("$a", article);
            del.ExecuteNonQuery();
        }
        using (var cmd = Command("INSERT INTO comparisons(article_id, source_id, json) VALUES($a, $s, $j)", tx))
        {
            var (a, s, j) = (cmd.Parameters.Add("$a", SqliteType.Integer), cmd.Parameters.Add("$s", SqliteType.Integer), cmd.Parameters.Add("$j", SqliteType.Text));
            foreach (var (source, json) in comparisons)
            {
                (a.Value, s.Value, j.Value) = (article, source, json);
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    public IReadOnlyList<(long Source, string Json)> Comparisons(long article)
    {
        using var cmd = Command("SELECT source_id, json FROM comparisons WHERE article_id = $a ORDER BY source_id");
        cmd.Parameters.AddWithValue("$a", article);
        using var r = cmd.ExecuteReader();
        var found = new List<(long, string)>();
        while (r.Read()) found.Add((r.GetInt64(0), r.GetString(1)));
        return found;
    }
}
