using System.Diagnostics;
using System.Globalization;
using NewsLens.Store;
using NewsLens.Store.Sqlite;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>search-speed [articles=1000000] [words=300] [db=FILE] [queries=200]</c>: fills a store with synthetic articles
/// (kept in FILE for the next run when given) and times <see cref="IArticleStore.Search"/> (top 20 with snippets) for
/// classes of queries: one word by how many articles hold it, two words, words with filters, filters alone.
/// Prints p50 / p95 / max per class and the store's size.
/// </summary>
internal static class SearchSpeedRun
{
    public static int Run(string[] args)
    {
        long count = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        int words = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
        string db = args.Length > 3 ? args[3] : Path.Combine(Path.GetTempPath(), $"newslens-search-{count}-{words}.db");
        int queries = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 200;
        var root = Pipeline.CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        var corpus = new SyntheticCorpus(root);
        using var store = SqliteArticleStore.Open(db);
        long have = store.Stats().Articles;
        if (have < count)
        {
            var random = new Random(unchecked((int)(20261203 + have)));
            var sw = Stopwatch.StartNew();
            for (long n = have; n < count;)
            {
                var batch = new List<StoredArticle>(2000);
                for (int i = 0; i < 2000 && n < count; i++, n++) batch.Add(corpus.Article(n, words, random));
                store.Commit(batch);
                if (n % 100_000 == 0) Console.Error.WriteLine($"filled {n:N0} in {sw.Elapsed.TotalSeconds:0} s");
            }
            Console.WriteLine($"filled {count - have:N0} articles of {words} words in {sw.Elapsed.TotalSeconds:0} s");
        }
        var stats = store.Stats();
        Console.WriteLine($"store: {stats.Articles:N0} articles, {stats.Bytes / 1048576.0:N0} MB ({stats.Bytes / (double)stats.Articles:N0} bytes/article, synthetic: no layers); load {Load()}");

        // why: a word held by a share s of articles has per-token probability p with 1-(1-p)^words = s; classes by that share
        double P(double share) => 1 - Math.Pow(1 - share, 1.0 / words);
        string[] Band(double lo, double hi) => [.. corpus.Vocabulary.Where(v => v.P >= P(lo) && v.P < P(hi) && v.Word.All(char.IsLetter)).Select(v => v.Word)];
        var rare = Band(0.0001, 0.001);
        var mid = Band(0.001, 0.01);
        var common = Band(0.01, 0.1);
        var frequent = Band(0.1, 0.5);
        var r = new Random(7);
        string Pick(string[] band) => band[r.Next(band.Length)];
        var classes = new (string Name, Func<SearchQuery> Make)[]
        {
            ("1 word in 0.01-0.1% of articles", () => new SearchQuery { Text = Pick(rare) }),
            ("1 word in 0.1-1%", () => new SearchQuery { Text = Pick(mid) }),
            ("1 word in 1-10%", () => new SearchQuery { Text = Pick(common) }),
            ("1 word in 10-50%", () => new SearchQuery { Text = Pick(frequent) }),
            ("2 words, each in 1-10%", () => new SearchQuery { Text = Pick(common) + " " + Pick(common) }),
            ("2 words, 10-50% and 0.1-1%", () => new SearchQuery { Text = Pick(frequent) + " " + Pick(mid) }),
            ("1 word in 0.1-1% + outlet + lean", () => new SearchQuery { Text = Pick(mid), Outlet = $"Outlet {r.Next(50)}", Lean = "left" }),
            ("1 word in 1-10% + technique + verdict >= 0.8", () => new SearchQuery { Text = Pick(common), Technique = "Loaded_Language", VerdictMin = 0.8 }),
            ("filters only: outlet + 30-day range", () => { var from = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(r.Next(0, 1800)); return new SearchQuery { Outlet = $"Outlet {r.Next(50)}", From = from, To = from.AddDays(30) }; }),
            ("filters only: has-quote-by + has-claim", () => new SearchQuery { QuoteBy = $"speaker {r.Next(5000)}", HasClaim = true }),
        };
        store.Search(new SearchQuery { Text = Pick(mid) }); // warm the statement cache
        Console.WriteLine($"{"query class",-48} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"CPU p50",8} {"CPU p95",8} {"hits",6}");
        foreach (var (name, make) in classes)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            long hits = 0;
            for (int i = 0; i < queries; i++)
            {
                var q = make();
                double cpu0 = ThreadClock.Milliseconds();
                var sw = Stopwatch.StartNew();
                hits += store.Search(q).Count;
                times.Add(sw.Elapsed.TotalMilliseconds);
                cpu.Add(ThreadClock.Milliseconds() - cpu0);
            }
            times.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-48} {times[times.Count / 2],8:0.00} {times[(int)(times.Count * 0.95)],8:0.00} {times[^1],8:0.00} {cpu[cpu.Count / 2],8:0.00} {cpu[(int)(cpu.Count * 0.95)],8:0.00} {hits / (double)queries,6:0.0}"));
        }
        Console.WriteLine($"load after: {Load()}");
        return 0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
