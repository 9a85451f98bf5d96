using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Store.Postgres;

public sealed partial class PgArticleStore
{
    public IReadOnlyList<CommitOutcome> Commit(IReadOnlyList<StoredArticle> batch)
    {
        Partitions.Ensure(batch.Select(a => a.Published));
        using var tx = Db.BeginTransaction();
        var outcomes = Write(batch, tx);
        tx.Commit();
        return outcomes;
    }

    /// <summary>
    /// Writes <paramref name="batch"/> inside <paramref name="tx"/> (the caller commits; partitions must exist). De-duplication
    /// keys are claimed with <c>ON CONFLICT DO NOTHING</c>, which waits for a concurrent writer of the same key, so two
    /// workers storing one URL at once store it once.
    /// </summary>
    internal List<CommitOutcome> Write(IReadOnlyList<StoredArticle> batch, NpgsqlTransaction tx)
    {
        var outcomes = new List<CommitOutcome>(batch.Count);
        foreach (var a in batch)
        {
            using (var seen = Command("SELECT article_id FROM records WHERE record_key = $1", tx))
            {
                seen.Parameters.Add(new() { Value = a.RecordKey });
                if (seen.ExecuteScalar() is long already) { outcomes.Add(new CommitOutcome(a.RecordKey, already, null)); continue; }
            }
            long id = Convert.ToInt64(PgSchema.Scalar(Db, tx, "SELECT nextval('article_ids')"), System.Globalization.CultureInfo.InvariantCulture);
            long? dup = null;
            string? by = null;
            string? urlKey = a.UrlKey is null ? null : "u:" + a.UrlKey;
            if (urlKey is not null && ClaimKey(urlKey, id, tx) is { } u) (dup, by) = (u, "url");
            if (dup is null && ClaimKey("t:" + Convert.ToHexString(a.TextHash), id, tx) is { } t)
            {
                (dup, by) = (t, "text");
                if (urlKey is not null) using (var undo = Command("DELETE FROM dedup_keys WHERE key = $1 AND article_id = $2", tx)) { undo.Parameters.Add(new() { Value = urlKey }); undo.Parameters.Add(new() { Value = id }); undo.ExecuteNonQuery(); }
            }
            if (dup is null) InsertArticle(id, a, tx);
            using (var rec = Command("INSERT INTO records(record_key, article_id, duplicate_by) VALUES($1, $2, $3)", tx))
            {
                rec.Parameters.Add(new() { Value = a.RecordKey });
                rec.Parameters.Add(new() { Value = dup ?? id });
                rec.Parameters.Add(new() { Value = Nullable(by), NpgsqlDbType = NpgsqlDbType.Text });
                rec.ExecuteNonQuery();
            }
            outcomes.Add(new CommitOutcome(a.RecordKey, dup ?? id, by));
        }
        return outcomes;
    }

    /// <summary>Takes <paramref name="key"/> for article <paramref name="id"/>; returns the article already holding it, or null.</summary>
    private long? ClaimKey(string key, long id, NpgsqlTransaction tx)
    {
        using var cmd = Command("INSERT INTO dedup_keys(key, article_id) VALUES($1, $2) ON CONFLICT DO NOTHING", tx);
        cmd.Parameters.Add(new() { Value = key });
        cmd.Parameters.Add(new() { Value = id });
        if (cmd.ExecuteNonQuery() == 1) return null;
        using var held = Command("SELECT article_id FROM dedup_keys WHERE key = $1", tx);
        held.Parameters.Add(new() { Value = key });
        return (long)held.ExecuteScalar()!;
    }

    private void InsertArticle(long id, StoredArticle a, NpgsqlTransaction tx)
    {
        using var cmd = Command("""
            INSERT INTO articles(id, month, source_id, title, outlet, published, url, url_key, text_hash, text, report, pipeline, verdict, lean, claims)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            """, tx);
        var p = cmd.Parameters;
        p.Add(new() { Value = id });
        p.Add(new() { Value = MonthlyPartitions.Month(a.Published), NpgsqlDbType = NpgsqlDbType.Date });
        foreach (var s in new[] { a.SourceId, a.Title, a.Outlet }) p.Add(new() { Value = Nullable(s), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = a.Published is { } d ? d.UtcDateTime : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        foreach (var s in new[] { a.Url, a.UrlKey }) p.Add(new() { Value = Nullable(s), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = a.TextHash });
        p.Add(new() { Value = a.Text.Replace("\0", "", StringComparison.Ordinal) });
        p.Add(new() { Value = a.ReportShell });
        p.Add(new() { Value = a.Pipeline });
        p.Add(new() { Value = Nullable(a.Facets.Verdict), NpgsqlDbType = NpgsqlDbType.Double });
        p.Add(new() { Value = Nullable(a.Facets.Lean), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = a.Facets.CheckWorthyClaims });
        cmd.ExecuteNonQuery();
        WriteLayersAndFacets(id, a, tx);
    }

    private void WriteLayersAndFacets(long id, StoredArticle a, NpgsqlTransaction tx)
    {
        using (var layer = Command("INSERT INTO layers(article_id, name, ord, analyzer, version, model_sha, json) VALUES($1, $2, $3, $4, $5, $6, $7)", tx))
        {
            foreach (var l in a.Layers)
            {
                layer.Parameters.Clear();
                layer.Parameters.Add(new() { Value = id });
                layer.Parameters.Add(new() { Value = l.Name });
                layer.Parameters.Add(new() { Value = l.Order });
                layer.Parameters.Add(new() { Value = l.Analyzer });
                layer.Parameters.Add(new() { Value = l.Version });
                layer.Parameters.Add(new() { Value = Nullable(l.ModelSha256), NpgsqlDbType = NpgsqlDbType.Text });
                layer.Parameters.Add(new() { Value = l.Json });
                layer.ExecuteNonQuery();
            }
        }
        var facets = new List<(string, string)>();
        foreach (var t in a.Facets.Techniques) facets.Add(("technique", t.ToLowerInvariant()));
        foreach (var s in a.Facets.Speakers)
        {
            // why: "--has-quote-by Finch" finds "laura finch" through an exact index lookup, never a scan
            facets.Add(("speaker", s));
            if (s.LastIndexOf(' ') is int space and > 0) facets.Add(("speaker-last", s[(space + 1)..]));
        }
        using var facet = Command("INSERT INTO facets(article_id, kind, value) VALUES($1, $2, $3) ON CONFLICT DO NOTHING", tx);
        foreach (var (kind, value) in facets)
        {
            facet.Parameters.Clear();
            facet.Parameters.Add(new() { Value = id });
            facet.Parameters.Add(new() { Value = kind });
            facet.Parameters.Add(new() { Value = value });
            facet.ExecuteNonQuery();
        }
    }

    public void Replace(long id, StoredArticle analysed)
    {
        using var tx = Db.BeginTransaction();
        Replace(id, analysed, tx);
        tx.Commit();
    }

    internal void Replace(long id, StoredArticle analysed, NpgsqlTransaction tx)
    {
        using (var cmd = Command("UPDATE articles SET report = $1, pipeline = $2, verdict = $3, lean = $4, claims = $5 WHERE id = $6", tx))
        {
            cmd.Parameters.Add(new() { Value = analysed.ReportShell });
            cmd.Parameters.Add(new() { Value = analysed.Pipeline });
            cmd.Parameters.Add(new() { Value = Nullable(analysed.Facets.Verdict), NpgsqlDbType = NpgsqlDbType.Double });
            cmd.Parameters.Add(new() { Value = Nullable(analysed.Facets.Lean), NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new() { Value = analysed.Facets.CheckWorthyClaims });
            cmd.Parameters.Add(new() { Value = id });
            if (cmd.ExecuteNonQuery() == 0) throw new StoreException($"{Name}: no article {id}");
        }
        using (var del = Command("DELETE FROM layers WHERE article_id = $1", tx)) { del.Parameters.Add(new() { Value = id }); del.ExecuteNonQuery(); }
        using (var del = Command("DELETE FROM facets WHERE article_id = $1", tx)) { del.Parameters.Add(new() { Value = id }); del.ExecuteNonQuery(); }
        WriteLayersAndFacets(id, analysed, tx);
    }

    public void Link(IReadOnlyList<ArticleLink> links)
    {
        using var tx = Db.BeginTransaction();
        Link(links, tx);
        tx.Commit();
    }

    internal void Link(IReadOnlyList<ArticleLink> links, NpgsqlTransaction tx)
    {
        using var cmd = Command("INSERT INTO links(article_id, other_id, kind, score) VALUES($1, $2, $3, $4) ON CONFLICT (article_id, other_id, kind) DO UPDATE SET score = excluded.score", tx);
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

    public void SetStories(IReadOnlyList<(long Article, string? Story)> stories)
    {
        using var tx = Db.BeginTransaction();
        SetStories(stories, tx);
        tx.Commit();
    }

    internal void SetStories(IReadOnlyList<(long Article, string? Story)> stories, NpgsqlTransaction tx)
    {
        using var cmd = Command("UPDATE articles SET story = $1 WHERE id = $2", tx);
        foreach (var (article, story) in stories)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.Add(new() { Value = Nullable(story), NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new() { Value = article });
            cmd.ExecuteNonQuery();
        }
    }
}
