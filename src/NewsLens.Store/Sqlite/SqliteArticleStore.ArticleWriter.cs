using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>Prepared inserts of one transaction: an article row, its full-text entry, its layers and facets.</summary>
    private sealed class ArticleWriter : IDisposable
    {
        private readonly SqliteCommand _article, _fts, _layer, _facet;

        public ArticleWriter(SqliteArticleStore store, SqliteTransaction tx)
        {
            _article = store.Command("""
                INSERT INTO articles(source_id, title, outlet, published, url, url_key, text_hash, text, report, pipeline, verdict, lean, claims)
                VALUES($source_id, $title, $outlet, $published, $url, $url_key, $text_hash, $text, $report, $pipeline, $verdict, $lean, $claims) RETURNING id
                """, tx);
            foreach (var p in new[] { "source_id", "title", "outlet", "published", "url", "url_key", "text_hash", "text", "report", "pipeline", "verdict", "lean", "claims" })
                Untyped(_article, "$" + p);
            _fts = store.Command("INSERT INTO articles_fts(rowid, title, text) VALUES($id, $title, $text)", tx);
            foreach (var p in new[] { "$id", "$title", "$text" }) Untyped(_fts, p);
            _layer = store.Command("INSERT INTO layers(article_id, name, ord, analyzer, version, model_sha, json) VALUES($a, $n, $o, $an, $v, $m, $j)", tx);
            foreach (var p in new[] { "$a", "$n", "$o", "$an", "$v", "$m", "$j" }) Untyped(_layer, p);
            _facet = store.Command("INSERT OR IGNORE INTO facets(article_id, kind, value) VALUES($a, $k, $v)", tx);
            foreach (var p in new[] { "$a", "$k", "$v" }) Untyped(_facet, p);
        }

        // why: a parameter without a declared type binds as its value's type (integer, real, blob, text, null)
        private static void Untyped(SqliteCommand cmd, string name) => cmd.Parameters.Add(new SqliteParameter { ParameterName = name });

        public long Insert(StoredArticle a)
        {
            var p = _article.Parameters;
            p["$source_id"].Value = Db(a.SourceId);
            p["$title"].Value = Db(a.Title);
            p["$outlet"].Value = Db(a.Outlet);
            p["$published"].Value = Db(UnixSeconds(a.Published));
            p["$url"].Value = Db(a.Url);
            p["$url_key"].Value = Db(a.UrlKey);
            p["$text_hash"].Value = a.TextHash;
            p["$text"].Value = a.Text;
            p["$report"].Value = a.ReportShell;
            p["$pipeline"].Value = a.Pipeline;
            p["$verdict"].Value = Db(a.Facets.Verdict);
            p["$lean"].Value = Db(a.Facets.Lean);
            p["$claims"].Value = a.Facets.CheckWorthyClaims;
            long id = (long)_article.ExecuteScalar()!;
            _fts.Parameters["$id"].Value = id;
            _fts.Parameters["$title"].Value = Db(a.Title);
            _fts.Parameters["$text"].Value = a.Text;
            _fts.ExecuteNonQuery();
            WriteLayersAndFacets(id, a);
            return id;
        }

        public void WriteLayersAndFacets(long id, StoredArticle a)
        {
            var p = _layer.Parameters;
            p["$a"].Value = id;
            foreach (var l in a.Layers)
            {
                (p["$n"].Value, p["$o"].Value, p["$an"].Value, p["$v"].Value, p["$m"].Value, p["$j"].Value) = (l.Name, l.Order, l.Analyzer, l.Version, Db(l.ModelSha256), l.Json);
                _layer.ExecuteNonQuery();
            }
            _facet.Parameters["$a"].Value = id;
            foreach (var t in a.Facets.Techniques) Facet("technique", t.ToLowerInvariant());
            foreach (var s in a.Facets.Speakers)
            {
                // why: "--has-quote-by Finch" finds "laura finch" through an exact index lookup, never a scan
                Facet("speaker", s);
                if (s.LastIndexOf(' ') is int space and > 0) Facet("speaker-last", s[(space + 1)..]);
            }
        }

        private void Facet(string kind, string value)
        {
            _facet.Parameters["$k"].Value = kind;
            _facet.Parameters["$v"].Value = value;
            _facet.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _article.Dispose();
            _fts.Dispose();
            _layer.Dispose();
            _facet.Dispose();
        }
    }
}
