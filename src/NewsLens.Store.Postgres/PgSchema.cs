using Npgsql;

namespace NewsLens.Store.Postgres;

/// <summary>
/// The PostgreSQL store's schema, versioned in table <c>newslens_schema</c>. Each migration takes version N-1 to N in one
/// transaction under an advisory lock, so processes opening the database together migrate it once. Add a migration at
/// the end; never edit one that shipped.
/// </summary>
internal static class PgSchema
{
    /// <summary>"NLST", the advisory lock key migrations and partition creation hold.</summary>
    public const long LockKey = 0x4E4C5354;

    public static readonly string[] Migrations =
    [
        // 1: articles in monthly partitions (undated ones in the default partition), full-text vector + GIN, de-duplication
        // keys (a unique index on a partitioned table must hold the partition key, so the keys live apart), layers, facets,
        // records, links; the work queue and leased jobs
        """
        CREATE SEQUENCE article_ids;
        CREATE TABLE articles(
          id bigint NOT NULL DEFAULT nextval('article_ids'),
          month date NOT NULL,
          source_id text, title text, outlet text, published timestamptz, url text, url_key text,
          text_hash bytea NOT NULL, text text NOT NULL, report text NOT NULL, pipeline text NOT NULL,
          verdict double precision, lean text, claims integer NOT NULL DEFAULT 0, story text,
          tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED,
          PRIMARY KEY (id, month)) PARTITION BY RANGE (month);
        CREATE TABLE articles_undated PARTITION OF articles DEFAULT;
        ALTER TABLE articles_undated ADD CONSTRAINT undated CHECK (month = '-infinity');
        CREATE INDEX articles_tsv ON articles USING gin(tsv);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(lower(outlet));
        CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
        CREATE TABLE dedup_keys(key text PRIMARY KEY, article_id bigint NOT NULL);
        CREATE TABLE layers(
          article_id bigint NOT NULL, name text NOT NULL, ord integer NOT NULL,
          analyzer text NOT NULL, version text NOT NULL, model_sha text, json text NOT NULL,
          PRIMARY KEY(article_id, name));
        CREATE TABLE facets(article_id bigint NOT NULL, kind text NOT NULL, value text NOT NULL, PRIMARY KEY(article_id, kind, value));
        CREATE INDEX facets_value ON facets(kind, value);
        CREATE TABLE records(record_key text PRIMARY KEY, article_id bigint NOT NULL, duplicate_by text);
        CREATE TABLE links(article_id bigint NOT NULL, other_id bigint NOT NULL, kind text NOT NULL, score double precision NOT NULL,
          PRIMARY KEY(article_id, other_id, kind));
        CREATE TABLE work_items(
          id bigserial PRIMARY KEY, record_key text NOT NULL UNIQUE, location text NOT NULL, payload text NOT NULL,
          state text NOT NULL DEFAULT 'pending', attempts integer NOT NULL DEFAULT 0, error text, worker text,
          enqueued_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz);
        CREATE INDEX work_items_pending ON work_items(id) WHERE state = 'pending';
        CREATE INDEX work_items_finished ON work_items(finished_at) WHERE finished_at IS NOT NULL;
        CREATE TABLE work_log(item_id bigint NOT NULL, record_key text NOT NULL, worker text NOT NULL, outcome text NOT NULL,
          claimed_at timestamptz NOT NULL, done_at timestamptz NOT NULL DEFAULT clock_timestamp());
        CREATE TABLE jobs(
          id bigserial PRIMARY KEY, kind text NOT NULL, key text NOT NULL, state text NOT NULL DEFAULT 'pending',
          owner text, token bigint NOT NULL DEFAULT 0, lease_until timestamptz, error text, finished_at timestamptz,
          UNIQUE(kind, key));
        """,
        // 2: attempts, one row per claim of an item, committed before its analysis starts (on a connection of its own, so a
        // batch that rolls back keeps them): a worker killed while holding an item still counts the attempt. No foreign
        // key: its check would lock the item's row, which the claiming transaction holds.
        """
        CREATE TABLE work_attempts(id bigserial PRIMARY KEY, item_id bigint NOT NULL, worker text NOT NULL,
          started_at timestamptz NOT NULL DEFAULT clock_timestamp(), error text);
        CREATE INDEX work_attempts_item ON work_attempts(item_id);
        """,
        // 3: provenance: links found from either end, and each article's comparison with the stored sources it cites
        """
        CREATE INDEX links_other ON links(other_id);
        CREATE TABLE comparisons(article_id bigint NOT NULL, source_id bigint NOT NULL, json text NOT NULL, PRIMARY KEY(article_id, source_id));
        """,
    ];

    public static int Current => Migrations.Length;

    /// <exception cref="StoreException">when a newer program wrote the database.</exception>
    public static void Migrate(NpgsqlConnection db, string name)
    {
        using var tx = db.BeginTransaction();
        Exec(db, tx, $"SELECT pg_advisory_xact_lock({LockKey}); CREATE TABLE IF NOT EXISTS newslens_schema(version integer NOT NULL); ");
        int version = Convert.ToInt32(Scalar(db, tx, "SELECT coalesce(max(version), 0) FROM newslens_schema"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Current)
            throw new StoreException($"{name}: the store's schema version is {version}, newer than this program's {Current}; use a newer newslens");
        for (int v = version; v < Current; v++)
            Exec(db, tx, Migrations[v] + $"\nDELETE FROM newslens_schema; INSERT INTO newslens_schema VALUES ({v + 1});");
        tx.Commit();
    }

    public static void Exec(NpgsqlConnection db, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db, tx);
        cmd.ExecuteNonQuery();
    }

    public static object? Scalar(NpgsqlConnection db, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db, tx);
        return cmd.ExecuteScalar();
    }
}
