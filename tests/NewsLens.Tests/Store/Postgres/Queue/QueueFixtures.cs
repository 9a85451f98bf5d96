using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Tests.Store.Postgres.Queue;

/// <summary>Queues of hand-written items and a stub analysis: the payload is the article's text.</summary>
internal static class QueueFixtures
{
    public static void Fill(PgArticleStore store, int count, string prefix = "item")
    {
        var items = Enumerable.Range(0, count).Select(i => ($"{prefix}:{i}", $"corpus.jsonl:{i + 1}", $"Council meeting {i} voted on bridge {i} repairs.")).ToList();
        foreach (var chunk in items.Chunk(500)) new WorkQueue(store).Enqueue(chunk);
    }

    public static WorkResult Stub(WorkItem item, CancellationToken ct) =>
        item.Payload.Contains("poison", StringComparison.Ordinal) ? WorkResult.Failed($"{item.Location}: cannot analyse")
            : WorkResult.Ok(TempStore.Article(item.RecordKey, item.Payload, url: "https://news.example/" + item.RecordKey.Replace(':', '-'),
                published: new DateTimeOffset(2026, 1 + (int)(item.Id % 3), 5, 0, 0, 0, TimeSpan.Zero)));
}
