using System.Diagnostics;
using System.Globalization;
using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>pg-queue-speed ADMIN_CONNECTION DATA_ROOT [ITEMS] [WORKERS...]</c>: the queue and write path alone. For each worker
/// count, a fresh database gets ITEMS queued items; that many worker threads (one connection each) drain it in batches
/// of 16 with analysis stubbed (each item's stored article is built before the clock starts), so the figure is claim +
/// store + mark done + commit, not analysis: on this 2-core machine analysis is CPU-bound and would cap any scaling.
/// Prints articles/s into the store and the scaling efficiency against one worker.
/// </summary>
internal static class PgQueueSpeedRun
{
    public static int Run(string[] args)
    {
        string admin = args[1], data = args[2];
        int items = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4000;
        int[] counts = args.Length > 4 ? [.. args[4..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1, 2, 4];
        var corpus = new SyntheticCorpus(data);
        var r = new Random(3);
        var articles = Enumerable.Range(0, items).Select(i => corpus.Article(i, 400, r) with { RecordKey = $"bench:{i}" }).ToDictionary(a => a.RecordKey);
        double? single = null;
        foreach (int workers in counts)
        {
            string cs = PgBenchDatabase.Recreate(admin, "newslens_bench_queue");
            using (var store = PgArticleStore.Open(cs))
            {
                store.Partitions.Ensure(articles.Values.Select(a => a.Published));
                foreach (var chunk in articles.Keys.Chunk(1000)) new WorkQueue(store).Enqueue([.. chunk.Select(k => (k, k, "stub"))]);
            }
            var sw = Stopwatch.StartNew();
            var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
            {
                using var store = PgArticleStore.Open(cs);
                new QueueWorker(store, $"w{w}", (item, _) => WorkResult.Ok(articles[item.RecordKey])).Run(16, drain: true, TimeSpan.FromMilliseconds(10), CancellationToken.None);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            double rate = items / sw.Elapsed.TotalSeconds;
            single ??= rate;
            using (var check = PgArticleStore.Open(cs))
                if (check.Stats().Articles != items) throw new InvalidOperationException($"{check.Stats().Articles} stored, {items} expected");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workers} worker(s): {items} items in {sw.Elapsed.TotalSeconds:0.0} s = {rate:0} articles/s into the store; scaling efficiency {rate / (workers * single.Value):P0}"));
        }
        return 0;
    }
}
