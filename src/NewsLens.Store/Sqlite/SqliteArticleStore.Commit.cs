using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore
{
    public IReadOnlyList<CommitOutcome> Commit(IReadOnlyList<StoredArticle> batch)
    {
        var outcomes = new List<CommitOutcome>(batch.Count);
        using var tx = _db.BeginTransaction();
        using var seen = Command("SELECT article_id FROM records WHERE record_key = $k", tx);
        var seenKey = seen.Parameters.Add("$k", SqliteType.Text);
        using var dupUrl = Command("SELECT id FROM articles WHERE url_key = $u", tx);
        var dupUrlKey = dupUrl.Parameters.Add("$u", SqliteType.Text);
        using var dupText = Command("SELECT id FROM articles WHERE text_hash = $h", tx);
        var dupTextKey = dupText.Parameters.Add("$h", SqliteType.Blob);
        using var record = Command("INSERT INTO records(record_key, article_id, duplicate_by) VALUES($k, $a, $d)", tx);
        var (rKey, rArticle, rDup) = (record.Parameters.Add("$k", SqliteType.Text), record.Parameters.Add("$a", SqliteType.Integer), record.Parameters.Add("$d", SqliteType.Text));
        var writer = new ArticleWriter(this, tx);
        foreach (var a in batch)
        {
            seenKey.Value = a.RecordKey;
            if (seen.ExecuteScalar() is long already) { outcomes.Add(new CommitOutcome(a.RecordKey, already, null)); continue; }
            long? dup = null;
            string? by = null;
            if (a.UrlKey is not null)
            {
                dupUrlKey.Value = a.UrlKey;
                if (dupUrl.ExecuteScalar() is long u) (dup, by) = (u, "url");
            }
            if (dup is null)
            {
                dupTextKey.Value = a.TextHash;
                if (dupText.ExecuteScalar() is long t) (dup, by) = (t, "text");
            }
            long id = dup ?? writer.Insert(a);
            (rKey.Value, rArticle.Value, rDup.Value) = (a.RecordKey, id, Db(by));
            record.ExecuteNonQuery();
            outcomes.Add(new CommitOutcome(a.RecordKey, id, by));
        }
        writer.Dispose();
        tx.Commit();
        return outcomes;
    }

    public void Replace(long id, StoredArticle analysed)
    {
        using var tx = _db.BeginTransaction();
        using (var cmd = Command("UPDATE articles SET report = $r, pipeline = $p, verdict = $v, lean = $l, claims = $c WHERE id = $id; DELETE FROM layers WHERE article_id = $id; DELETE FROM facets WHERE article_id = $id;", tx))
        {
            cmd.Parameters.AddWithValue("$r", analysed.ReportShell);
            cmd.Parameters.AddWithValue("$p", analysed.Pipeline);
            cmd.Parameters.AddWithValue("$v", Db(analysed.Facets.Verdict));
            cmd.Parameters.AddWithValue("$l", Db(analysed.Facets.Lean));
            cmd.Parameters.AddWithValue("$c", analysed.Facets.CheckWorthyClaims);
            cmd.Parameters.AddWithValue("$id", id);
            if (cmd.ExecuteNonQuery() == 0) throw new StoreException($"{Path}: no article {id}");
        }
        using (var writer = new ArticleWriter(this, tx)) writer.WriteLayersAndFacets(id, analysed);
        tx.Commit();
    }

    public void Link(IReadOnlyList<ArticleLink> links)
    {
        using var tx = _db.BeginTransaction();
        using var cmd = Command("INSERT INTO links(article_id, other_id, kind, score) VALUES($a, $o, $k, $s) ON CONFLICT DO UPDATE SET score = excluded.score", tx);
        var (a, o, k, s) = (cmd.Parameters.Add("$a", SqliteType.Integer), cmd.Parameters.Add("$o", SqliteType.Integer), cmd.Parameters.Add("$k", SqliteType.Text), cmd.Parameters.Add("$s", SqliteType.Real));
        foreach (var l in links)
        {
            (a.Value, o.Value, k.Value, s.Value) = (l.Article, l.Other, l.Kind, l.Score);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public void SetStories(IReadOnlyList<(long Article, string? Story)> stories)
    {
        using var tx = _db.BeginTransaction();
        using var cmd = Command("UPDATE articles SET story = $s WHERE id = $a", tx);
        var (a, s) = (cmd.Parameters.Add("$a", SqliteType.Integer), cmd.Parameters.Add("$s", SqliteType.Text));
        foreach (var (article, story) in stories)
        {
            (a.Value, s.Value) = (article, Db(story));
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
