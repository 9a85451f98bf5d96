using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const string HitColumns = "a.id, a.title, a.outlet, a.published, a.url, a.verdict, a.lean";

    public IReadOnlyList<SearchHit> Search(SearchQuery q)
    {
        using var cmd = _db.CreateCommand();
        var where = new List<string>();
        string? match = FtsQuery.From(q.Text);
        if (match is not null)
        {
            where.Add("articles_fts MATCH $q");
            cmd.Parameters.AddWithValue("$q", match);
        }
        if (q.Outlet is not null) { where.Add("a.outlet = $outlet COLLATE NOCASE"); cmd.Parameters.AddWithValue("$outlet", q.Outlet); }
        if (q.From is { } from) { where.Add("a.published >= $from"); cmd.Parameters.AddWithValue("$from", from.ToUnixTimeSeconds()); }
        if (q.To is { } to) { where.Add("a.published <= $to"); cmd.Parameters.AddWithValue("$to", to.ToUnixTimeSeconds()); }
        if (q.Lean is not null) { where.Add("a.lean = $lean"); cmd.Parameters.AddWithValue("$lean", q.Lean.ToLowerInvariant()); }
        if (q.VerdictMin is { } vmin) { where.Add("a.verdict >= $vmin"); cmd.Parameters.AddWithValue("$vmin", vmin); }
        if (q.VerdictMax is { } vmax) { where.Add("a.verdict <= $vmax"); cmd.Parameters.AddWithValue("$vmax", vmax); }
        if (q.HasClaim) where.Add("a.claims > 0");
        if (q.Technique is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM facets f WHERE f.article_id = a.id AND f.kind = 'technique' AND f.value = $tech COLLATE NOCASE)");
            cmd.Parameters.AddWithValue("$tech", q.Technique);
        }
        if (q.QuoteBy is not null)
        {
            // why: "Finch" finds "laura finch"; the name is matched as whole trailing words, not as a substring
            where.Add("EXISTS (SELECT 1 FROM facets f WHERE f.article_id = a.id AND f.kind = 'speaker' AND (f.value = $who OR f.value LIKE '% ' || $who ESCAPE '\\'))");
            cmd.Parameters.AddWithValue("$who", EscapeLike(q.QuoteBy.Trim().ToLowerInvariant()));
        }
        string filter = where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";
        cmd.CommandText = match is not null
            ? $"SELECT {HitColumns}, rank, snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid {filter} ORDER BY rank LIMIT $n"
            : $"SELECT {HitColumns}, 0.0, substr(a.text, 1, 160) FROM articles a {filter} ORDER BY a.published DESC, a.id DESC LIMIT $n";
        cmd.Parameters.AddWithValue("$n", Math.Max(1, q.Limit));
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetInt64(0), Str(r, 1), Str(r, 2), FromUnix(r, 3), Str(r, 4), r.IsDBNull(5) ? null : r.GetDouble(5), Str(r, 6),
                r.GetDouble(7), OneLine(r.GetString(8))));
        return hits;
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static string OneLine(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        return sb.ToString().Trim();
    }
}
