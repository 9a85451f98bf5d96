using NewsLens.Cli;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class QueueCommandTests : IDisposable
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable is null ? new PgTestDatabase() : null;

    public void Dispose() => _db?.Dispose();

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(args);
        return (code, console.Out.ToString(), console.Err.ToString());
    }

    [PgFact]
    public async Task Queue_lists_failed_items_with_id_attempts_and_error_and_retry_puts_back_the_ids_given()
    {
        long id;
        using (var store = PgArticleStore.Open(_db!.ConnectionString))
        {
            new WorkQueue(store).Enqueue([("bad:1", "in.jsonl:7", "poison")]);
            new QueueWorker(store, "w", (_, _) => throw new InvalidOperationException("parser crashed")) { MaxAttempts = 2 }
                .Run(batch: 4, drain: true, TimeSpan.Zero, CancellationToken.None);
            id = new WorkQueue(store).Failures(1)[0].Id;
        }

        var shown = await Run("queue", "--db", _db.ConnectionString);
        Assert.Equal(ExitCodes.Ok, shown.Code);
        Assert.Contains("failed 1", shown.Out, StringComparison.Ordinal);
        Assert.Contains($"#{id} in.jsonl:7 (2 attempt(s)): in.jsonl:7: attempt 2 of 2 failed: InvalidOperationException: parser crashed", shown.Out, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Usage, (await Run("queue", "retry", "--db", _db.ConnectionString)).Code);
        Assert.Equal(ExitCodes.SomeFailed, (await Run("queue", "retry", "--db", _db.ConnectionString, "999999")).Code);
        var retried = await Run("queue", "retry", "--db", _db.ConnectionString, $"{id}");
        Assert.Equal(ExitCodes.Ok, retried.Code);
        Assert.Contains("retried    1 failed item(s)", retried.Out, StringComparison.Ordinal);
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM work_items WHERE state = 'pending' AND attempts = 0"));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM work_attempts"));
    }
}
