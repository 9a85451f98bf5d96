using System.CommandLine;
using System.Globalization;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Cli.Commands;

internal static class QueueCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var retry = new Option<bool>("--retry-failed") { Description = "Put the failed items back in the queue (their errors are kept until they succeed)." };
        var errors = new Option<int>("--errors") { Description = "Failed items listed with their error.", DefaultValueFactory = _ => 10 }.AtLeast(0);
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var cmd = new Command("queue", "Show the work queue of a PostgreSQL store: pending, running, failed and done items, with rates.") { db, retry, errors, output };
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.OpenPostgres(pr.GetValue(db)!);
            var queue = new WorkQueue(store);
            using var file = pr.GetValue(output) is { } path && path != "-" ? new StreamWriter(path) : null;
            var o = file ?? Console.Out;
            var inv = CultureInfo.InvariantCulture;
            if (pr.GetValue(retry)) o.WriteLine($"retried    {queue.RetryFailed()} failed item(s)");
            var c = queue.Counts();
            o.WriteLine(string.Create(inv, $"items      pending {c.Pending:N0}, running {c.Running:N0}, failed {c.Failed:N0}, done {c.Done:N0}"));
            o.WriteLine(string.Create(inv, $"rate       {c.DonePerSecondLastMinute:0.0}/s over the last minute, {c.DonePerSecondLastHour:0.00}/s over the last hour"));
            o.WriteLine(string.Create(inv, $"jobs       pending {c.JobsPending:N0}, running {c.JobsRunning:N0}, failed {c.JobsFailed:N0}, done {c.JobsDone:N0}"));
            foreach (var (location, error) in queue.Failures(pr.GetValue(errors))) o.WriteLine($"  failed   {location}: {error}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
