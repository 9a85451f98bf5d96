using NewsLens.Cli.Batch;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Cli.Store;

/// <summary>
/// <c>ingest --enqueue-only</c>: reads every input and queues each record as a work item for <c>newslens worker</c>,
/// in batches of one transaction each. A record already queued is not queued again, so a re-run after a crash adds the
/// rest. Bad records are listed and skipped.
/// </summary>
internal sealed class EnqueueRunner(TextWriter stderr)
{
    public int Run(IngestSettings s, CancellationToken ct)
    {
        using var store = StoreFactory.OpenPostgres(s.Db);
        var queue = new WorkQueue(store);
        var reader = new InputResolver(s.InputFormat, s.MaxChars);
        var keys = new RecordKeys(s.Paths);
        var summary = new BatchSummary { ResumeHint = "run the same command again to finish", ResumedBy = "an earlier run, already queued" };
        var batch = new List<(string, string, string)>(s.BatchSize);
        var months = new List<DateTimeOffset?>();
        int added = 0, read = 0;
        void Flush()
        {
            if (batch.Count == 0) return;
            // why: creating a month's partition now keeps it out of the workers' transactions
            store.Partitions.Ensure(months);
            int n = queue.Enqueue(batch);
            added += n;
            summary.Resumed += batch.Count - n;
            batch.Clear();
            months.Clear();
        }
        try
        {
            foreach (var item in reader.Read(s.Paths, ct))
            {
                if (item.Skipped is { } why) { summary.NotArticles.Add(new SkippedFile(item.Location, why)); continue; }
                if (item.Article is not { } a)
                {
                    summary.Failures.Add(new BatchFailure(item.Location, item.Error ?? "unreadable record"));
                    stderr.WriteLine($"newslens: {item.Location}: {item.Error}");
                    continue;
                }
                batch.Add((keys.Of(item.Location), item.Location, new QueuedArticle(a.Id, a.Text, a.Metadata).ToJson()));
                months.Add(a.Metadata.Published);
                read++;
                if (batch.Count >= s.BatchSize) Flush();
            }
            Flush();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Flush();
            summary.Interrupted = true;
        }
        summary.Succeeded = added;
        if (!s.Quiet) stderr.WriteLine($"newslens: {added} record(s) queued in {store.Name}, {read - added} already queued; run 'newslens worker --db ...' to analyse them");
        return summary.Print(stderr, s.Quiet);
    }
}
