using System.Diagnostics;
using System.Globalization;
using NewsLens.Store;
using NewsLens.Store.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>pg-search-speed ADMIN_CONNECTION DATA_ROOT [ARTICLES] [QUERIES] [--keep]</c>: loads ARTICLES synthetic articles
/// (<see cref="SyntheticCorpus"/>, 120 words each, 2016-2020, so ~1/60 per monthly partition) into a fresh database
/// <c>newslens_bench_search</c> with COPY, then times QUERIES month-bounded searches of one or two words drawn from
/// the vocabulary (ranks 20-3000) and prints p50/p95/max. With <c>--keep</c> an existing loaded database is reused.
/// </summary>
internal static class PgSearchSpeedRun
{
    public static int Run(string[] args)
    {
        string admin = args[1], data = args[2];
        int articles = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000;
        int queries = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 300;
        bool keep = args.Contains("--keep");
        var corpus = new SyntheticCorpus(data);
        string cs = keep ? new NpgsqlConnectionStringBuilder(admin) { Database = "newslens_bench_search" }.ConnectionString : PgBenchDatabase.Recreate(admin, "newslens_bench_search");
        using var store = PgArticleStore.Open(cs);
        if (!keep) Load(store, corpus, articles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {store.Stats().Articles:N0} articles, {store.Stats().Bytes / 1048576.0:N0} MB"));

        var r = new Random(7);
        var times = new List<double>();
        var hits = new List<int>();
        for (int i = 0; i < queries; i++)
        {
            int words = r.Next(1, 3);
            string text = string.Join(' ', Enumerable.Range(0, words).Select(_ => corpus.Vocabulary[r.Next(20, Math.Min(3000, corpus.Vocabulary.Count))].Word));
            var month = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(r.Next(0, 60));
            var q = new SearchQuery { Text = text, From = month, To = month.AddMonths(1).AddSeconds(-1), Limit = 20 };
            var sw = Stopwatch.StartNew();
            hits.Add(store.Search(q).Count);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        double P(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"month-bounded search, {queries} queries: p50 {P(0.5):0.0} ms, p95 {P(0.95):0.0} ms, max {times[^1]:0.0} ms; {hits.Count(h => h > 0)} with hits (mean {hits.Average():0.0})"));
        return 0;
    }

    private static void Load(PgArticleStore store, SyntheticCorpus corpus, int articles)
    {
        var sw = Stopwatch.StartNew();
        var r = new Random(11);
        store.Partitions.Ensure(Enumerable.Range(0, 60).Select(m => (DateTimeOffset?)new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(m)));
        // why: COPY straight into articles (search reads nothing else); the per-article write path is measured by pg-queue-speed
        using (var copy = store.Db.BeginBinaryImport("COPY articles(id, month, source_id, title, outlet, published, url, url_key, text_hash, text, report, pipeline, verdict, lean, claims) FROM STDIN (FORMAT BINARY)"))
        {
            for (long n = 1; n <= articles; n++)
            {
                var a = corpus.Article(n, 120, r);
                copy.StartRow();
                copy.Write(n, NpgsqlDbType.Bigint);
                copy.Write(MonthlyPartitions.Month(a.Published), NpgsqlDbType.Date);
                copy.Write(a.SourceId, NpgsqlDbType.Text);
                copy.Write(a.Title, NpgsqlDbType.Text);
                copy.Write(a.Outlet, NpgsqlDbType.Text);
                copy.Write(a.Published!.Value.UtcDateTime, NpgsqlDbType.TimestampTz);
                copy.Write(a.Url, NpgsqlDbType.Text);
                copy.Write(a.UrlKey, NpgsqlDbType.Text);
                copy.Write(a.TextHash, NpgsqlDbType.Bytea);
                copy.Write(a.Text, NpgsqlDbType.Text);
                copy.Write(a.ReportShell, NpgsqlDbType.Text);
                copy.Write(a.Pipeline, NpgsqlDbType.Text);
                copy.Write(a.Facets.Verdict!.Value, NpgsqlDbType.Double);
                copy.Write(a.Facets.Lean, NpgsqlDbType.Text);
                copy.Write(a.Facets.CheckWorthyClaims, NpgsqlDbType.Integer);
                if (n % 100_000 == 0) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {n:N0} in {sw.Elapsed.TotalSeconds:0} s"));
            }
            copy.Complete();
        }
        PgSchemaExec(store, $"SELECT setval('article_ids', {articles}); ANALYZE articles");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {articles:N0} articles in {sw.Elapsed.TotalSeconds:0} s ({articles / sw.Elapsed.TotalSeconds:0} articles/s by COPY, GIN index maintained)"));
    }

    private static void PgSchemaExec(PgArticleStore store, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, store.Db) { CommandTimeout = 0 };
        cmd.ExecuteNonQuery();
    }
}
