using Microsoft.Data.Sqlite;

namespace NewsLens.Store.Sqlite;

/// <summary>
/// The store's schema, versioned in <c>PRAGMA user_version</c> and marked as ours by <c>PRAGMA application_id</c>.
/// Each migration takes version N-1 to N inside one transaction; a file made by an older program is upgraded on
/// opening, one made by a newer program is refused. Add a migration at the end; never edit one that shipped.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"NLST": tells a NewsLens store from any other SQLite file.</summary>
    public const int ApplicationId = 0x4E4C5354;

    public static readonly string[] Migrations =
    [
        // 1: articles, layers apart, facets for filters, ingest progress, full-text index
        """
        CREATE TABLE articles(
          id INTEGER PRIMARY KEY,
          source_id TEXT, title TEXT, outlet TEXT, published INTEGER, url TEXT, url_key TEXT,
          text_hash BLOB NOT NULL, text TEXT NOT NULL, report TEXT NOT NULL, pipeline TEXT NOT NULL,
          verdict REAL, lean TEXT, claims INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX articles_url ON articles(url_key) WHERE url_key IS NOT NULL;
        CREATE UNIQUE INDEX articles_text ON articles(text_hash);
        CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE layers(
          article_id INTEGER NOT NULL, name TEXT NOT NULL, ord INTEGER NOT NULL,
          analyzer TEXT NOT NULL, version TEXT NOT NULL, model_sha TEXT, json TEXT NOT NULL,
          PRIMARY KEY(article_id, name)) WITHOUT ROWID;
        CREATE TABLE facets(
          article_id INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
          PRIMARY KEY(article_id, kind, value)) WITHOUT ROWID;
        CREATE INDEX facets_value ON facets(kind, value);
        CREATE TABLE records(record_key TEXT PRIMARY KEY, article_id INTEGER NOT NULL, duplicate_by TEXT) WITHOUT ROWID;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        """,
        // 2: links between articles and a story per article, for story clustering
        """
        CREATE TABLE links(
          article_id INTEGER NOT NULL, other_id INTEGER NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL,
          PRIMARY KEY(article_id, other_id, kind)) WITHOUT ROWID;
        ALTER TABLE articles ADD COLUMN story TEXT;
        CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
        """,
        // 3: an outlet's articles in a date range without reading the outlet's other rows
        """
        CREATE INDEX articles_outlet_published ON articles(outlet COLLATE NOCASE, published);
        """,
        // 4: provenance: links found from either end, and each article's comparison with the stored sources it cites
        """
        CREATE INDEX links_other ON links(other_id);
        CREATE TABLE comparisons(article_id INTEGER NOT NULL, source_id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(article_id, source_id)) WITHOUT ROWID;
        """,
    ];

    public static int Current => Migrations.Length;

    /// <summary>Brings the open store to <paramref name="target"/> (default: <see cref="Current"/>).</summary>
    /// <exception cref="StoreException">when the file is not a NewsLens store, or a newer program wrote it.</exception>
    public static void Migrate(SqliteConnection db, string path, int? target = null)
    {
        int want = target ?? Current;
        int version = Scalar(db, "PRAGMA user_version");
        int app = Scalar(db, "PRAGMA application_id");
        if (version == 0 && Scalar(db, "SELECT count(*) FROM sqlite_master") > 0 || version > 0 && app != ApplicationId)
            throw new StoreException($"{path}: not a NewsLens store (an SQLite file holding other tables)");
        if (version > Current)
            throw new StoreException($"{path}: the store's schema version is {version}, newer than this program's {Current}; use a newer newslens");
        for (int v = version; v < want; v++)
        {
            using var tx = db.BeginTransaction();
            using (var cmd = db.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[v] + $"\nPRAGMA user_version = {v + 1};\nPRAGMA application_id = {ApplicationId};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public static int Scalar(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
