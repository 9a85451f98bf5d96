using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Store.Postgres;

public sealed partial class PgArticleStore
{
    private const string HitColumns = "a.id, a.month, a.title, a.outlet, a.published, a.url, a.verdict, a.lean";

    /// <summary>
    /// Words and phrases become <c>phraseto_tsquery</c> terms joined by AND (no user text is ever parsed as tsquery
    /// syntax). The newest <see cref="SearchQuery.RankWindow"/> matches that pass the filters are ranked by
    /// <c>ts_rank</c>; a date bound also bounds the partitions read.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery q)
    {
        var cmd = new NpgsqlCommand { Connection = Db };
        var where = Filters(q, cmd);
        string filter = where.Count > 0 ? string.Join(" AND ", where) : "true";
        cmd.Parameters.Add(new NpgsqlParameter("n", Math.Max(1, q.Limit)));
        cmd.Parameters.Add(new NpgsqlParameter("off", Math.Max(0, q.Offset)));
        var terms = Terms(q.Text);
        if (terms.Count == 0)
        {
            cmd.CommandText = $"SELECT {HitColumns}, 0.0::float8, left(a.text, 160) FROM articles a WHERE {filter} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT @n OFFSET @off";
            return Read(cmd);
        }
        for (int i = 0; i < terms.Count; i++) cmd.Parameters.Add(new NpgsqlParameter($"t{i}", terms[i]));
        string tsq = string.Join(" && ", terms.Select((_, i) => $"phraseto_tsquery('english', @t{i})"));
        string window = q.RankWindow > 0 ? "ORDER BY a.id DESC LIMIT @w" : "";
        if (q.RankWindow > 0) cmd.Parameters.Add(new NpgsqlParameter("w", q.RankWindow));
        cmd.CommandText = $"""
            WITH q AS MATERIALIZED (SELECT {tsq} AS q),
            m AS MATERIALIZED (SELECT {HitColumns}, ts_rank(a.tsv, q.q) AS rank FROM articles a, q WHERE a.tsv @@ q.q AND {filter} {window}),
            top AS (SELECT * FROM m ORDER BY rank DESC, id DESC LIMIT @n OFFSET @off)
            SELECT top.id, top.month, top.title, top.outlet, top.published, top.url, top.verdict, top.lean, -top.rank,
              ts_headline('english', a.text, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…')
            FROM top JOIN articles a ON a.id = top.id AND a.month = top.month, q ORDER BY top.rank DESC, top.id DESC
            """;
        return Read(cmd);
    }

    /// <summary>The words and phrases of a typed query, each cleaned to letters and digits (see <see cref="FtsQuery"/>).</summary>
    internal static List<string> Terms(string? text)
    {
        if (FtsQuery.From(text) is not { } match) return [];
        return [.. match.Split(" AND ").Select(t => t.Trim('"'))];
    }

    private static List<string> Filters(SearchQuery q, NpgsqlCommand cmd)
    {
        var where = new List<string>();
        void Add(string sql, string name, object value) { where.Add(sql); cmd.Parameters.Add(new NpgsqlParameter(name, value)); }
        if (q.Outlet is not null) Add("lower(a.outlet) = lower(@outlet)", "outlet", q.Outlet);
        // why: the month bound lets the planner skip every partition outside the dates
        if (q.From is { } from)
        {
            Add("a.published >= @from", "from", from.UtcDateTime);
            Add("a.month >= @fromMonth", "fromMonth", MonthlyPartitions.Month(from));
        }
        if (q.To is { } to)
        {
            Add("a.published <= @to", "to", to.UtcDateTime);
            Add("a.month <= @toMonth", "toMonth", MonthlyPartitions.Month(to));
        }
        if (q.Lean is not null) Add("a.lean = @lean", "lean", q.Lean.ToLowerInvariant());
        if (q.VerdictMin is { } vmin) Add("a.verdict >= @vmin", "vmin", vmin);
        if (q.VerdictMax is { } vmax) Add("a.verdict <= @vmax", "vmax", vmax);
        if (q.HasClaim) where.Add("a.claims > 0");
        if (q.Technique is not null) Add("a.id IN (SELECT article_id FROM facets WHERE kind = 'technique' AND value = @tech)", "tech", q.Technique.Trim().ToLowerInvariant());
        if (q.QuoteBy is { } who)
        {
            // why: one word is a last name ("Finch" finds "laura finch"); more words are the full name
            string name = string.Join(' ', who.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Add("a.id IN (SELECT article_id FROM facets WHERE kind = @whoKind AND value = @who)", "whoKind", name.Contains(' ') ? "speaker" : "speaker-last");
            cmd.Parameters.Add(new NpgsqlParameter("who", name));
        }
        foreach (NpgsqlParameter p in cmd.Parameters)
            if (p.ParameterName is "fromMonth" or "toMonth") p.NpgsqlDbType = NpgsqlDbType.Date;
        return where;
    }

    private static List<SearchHit> Read(NpgsqlCommand cmd)
    {
        using (cmd)
        {
            var hits = new List<SearchHit>();
            using var r = cmd.ExecuteReader();
            while (r.Read())
                hits.Add(new SearchHit(r.GetInt64(0), Str(r, 2), Str(r, 3), Date(r, 4), Str(r, 5), r.IsDBNull(6) ? null : r.GetDouble(6), Str(r, 7),
                    Convert.ToDouble(r.GetValue(8), System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(9) ? "" : OneLine(r.GetString(9))));
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
