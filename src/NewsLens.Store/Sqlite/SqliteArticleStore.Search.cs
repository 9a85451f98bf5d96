using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string HitColumns = "a.id, a.title, a.outlet, a.published, a.url, a.verdict, a.lean";

    public IReadOnlyList<SearchHit> Search(SearchQuery q)
    {
        string? match = FtsQuery.From(q.Text);
        if (match is null) return Read(Filtered(q, $"SELECT {HitColumns}, 0.0, substr(a.text, 1, 160) FROM articles a {{0}} ORDER BY a.published DESC, a.id DESC LIMIT $n OFFSET $off", []));
        long window = q.RankWindow;
        while (true)
        {
            long? newest = window > 0 ? WindowStart(match, window) : null;
            var where = new List<string> { "articles_fts MATCH $q" };
            if (newest is not null) where.Add("articles_fts.rowid >= $min");
            using var cmd = Filtered(q, $"SELECT {HitColumns}, rank, snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid {{0}} ORDER BY rank LIMIT $n OFFSET $off", where);
            cmd.Parameters.AddWithValue("$q", match);
            if (newest is not null) cmd.Parameters.AddWithValue("$min", newest.Value);
            var hits = Read(cmd);
            if (newest is null || hits.Count >= q.Limit) return hits;
            window *= 8;
        }
    }

    /// <summary>The store id of the <paramref name="window"/>-th newest match, or null when fewer articles match.</summary>
    private long? WindowStart(string match, long window)
    {
        using var cmd = Command("SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET $o");
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$o", window - 1);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    private SqliteCommand Filtered(SearchQuery q, string sqlWithWhere, List<string> where)
    {
        var cmd = _db.CreateCommand();
        if (q.Outlet is not null) { where.Add("a.outlet = $outlet COLLATE NOCASE"); cmd.Parameters.AddWithValue("$outlet", q.Outlet); }
        if (q.From is { } from) { where.Add("a.published >= $from"); cmd.Parameters.AddWithValue("$from", from.ToUnixTimeSeconds()); }
        if (q.To is { } to) { where.Add("a.published <= $to"); cmd.Parameters.AddWithValue("$to", to.ToUnixTimeSeconds()); }
        if (q.Lean is not null) { where.Add("a.lean = $lean"); cmd.Parameters.AddWithValue("$lean", q.Lean.ToLowerInvariant()); }
        if (q.VerdictMin is { } vmin) { where.Add("a.verdict >= $vmin"); cmd.Parameters.AddWithValue("$vmin", vmin); }
        if (q.VerdictMax is { } vmax) { where.Add("a.verdict <= $vmax"); cmd.Parameters.AddWithValue("$vmax", vmax); }
        if (q.HasClaim) where.Add("a.claims > 0");
        if (q.Technique is not null)
        {
            where.Add("a.id IN (SELECT article_id FROM facets WHERE kind = 'technique' AND value = $tech)");
            cmd.Parameters.AddWithValue("$tech", q.Technique.Trim().ToLowerInvariant());
        }
        if (q.QuoteBy is { } who)
        {
            // why: one word is a last name ("Finch" finds "laura finch"); more words are the full name
            string name = string.Join(' ', who.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            where.Add("a.id IN (SELECT article_id FROM facets WHERE kind = $whoKind AND value = $who)");
            cmd.Parameters.AddWithValue("$whoKind", name.Contains(' ') ? "speaker" : "speaker-last");
            cmd.Parameters.AddWithValue("$who", name);
        }
        cmd.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlWithWhere, where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "");
        cmd.Parameters.AddWithValue("$n", Math.Max(1, q.Limit));
        cmd.Parameters.AddWithValue("$off", Math.Max(0, q.Offset));
        return cmd;
    }

    private static List<SearchHit> Read(SqliteCommand cmd)
    {
        using (cmd)
        {
            var hits = new List<SearchHit>();
            using var r = cmd.ExecuteReader();
            while (r.Read())
                hits.Add(new SearchHit(r.GetInt64(0), Str(r, 1), Str(r, 2), FromUnix(r, 3), Str(r, 4), r.IsDBNull(5) ? null : r.GetDouble(5), Str(r, 6),
                    r.GetDouble(7), r.IsDBNull(8) ? "" : OneLine(r.GetString(8))));
            return hits;
        }
    }

    private static string OneLine(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        return sb.ToString().Trim();
    }
}
