using System.Diagnostics;
using System.Globalization;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Bench.Store;

/// <summary>
/// <c>pg-queue-stub-worker CONNECTION DATA_ROOT ITEMS ID</c>: one worker process of <see cref="PgQueueProcsRun"/>'s
/// stubbed runs. Builds every item's article first (the same synthetic articles in every process), prints
/// <c>ready</c>, waits for a line on standard input, drains the queue through <see cref="QueueWorker"/> with the analysis
/// a dictionary lookup, and prints the CPU seconds this process spent from the start line to the end.
/// </summary>
internal static class PgQueueStubWorker
{
    public static int Run(string[] args)
    {
        string cs = args[1];
        int items = int.Parse(args[3], CultureInfo.InvariantCulture);
        var articles = PgQueueProcsRun.Articles(new SyntheticCorpus(args[2]), items).ToDictionary(a => a.RecordKey);
        using var store = PgArticleStore.Open(cs);
        Console.WriteLine("ready");
        Console.In.ReadLine();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        new QueueWorker(store, args[4], (item, _) => WorkResult.Ok(articles[item.RecordKey])).Run(16, drain: true, TimeSpan.FromMilliseconds(10), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.000}"));
        return 0;
    }
}
