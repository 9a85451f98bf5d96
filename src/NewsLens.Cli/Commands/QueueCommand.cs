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
        var errors = new Option<int>("--errors") { Description = "Failed items listed with their id, attempts and last error.", DefaultValueFactory = _ => 10 }.AtLeast(0);
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var cmd = new Command("queue", "Show the work queue of a PostgreSQL store: pending, running, failed and done items, with rates.") { db, errors, output, Retry() };
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.OpenPostgres(pr.GetValue(db)!);
            var queue = new WorkQueue(store);
            using var file = pr.GetValue(output) is { } path && path != "-" ? new StreamWriter(path) : null;
            var o = file ?? Console.Out;
            var inv = CultureInfo.InvariantCulture;
            var c = queue.Counts();
            o.WriteLine(string.Create(inv, $"items      pending {c.Pending:N0}, running {c.Running:N0}, failed {c.Failed:N0}, done {c.Done:N0}"));
            o.WriteLine(string.Create(inv, $"rate       {c.DonePerSecondLastMinute:0.0}/s over the last minute, {c.DonePerSecondLastHour:0.00}/s over the last hour"));
            o.WriteLine(string.Create(inv, $"jobs       pending {c.JobsPending:N0}, running {c.JobsRunning:N0}, failed {c.JobsFailed:N0}, done {c.JobsDone:N0}"));
            foreach (var f in queue.Failures(pr.GetValue(errors))) o.WriteLine(string.Create(inv, $"  failed   #{f.Id} {f.Location} ({f.Attempts} attempt(s)): {f.Error}"));
            if (c.Failed > 0) o.WriteLine("put them back with: newslens queue retry --db ... --all (or the ids)");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Retry()
    {
        var db = DbOption.Create();
        var ids = new Argument<long[]>("ids") { Description = "Ids of failed items (as `newslens queue` lists them).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Every failed item." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file for the count retried (default: standard output)." };
        var cmd = new Command("retry", "Put failed items back in the queue with a fresh count of attempts (their errors are kept until they are done).") { ids, db, all, output };
        cmd.Validators.Add(r =>
        {
            bool some = r.GetValue(ids) is { Length: > 0 };
            if (some == r.GetValue(all)) r.AddError("give the ids of failed items or --all, not both");
        });
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.OpenPostgres(pr.GetValue(db)!);
            var wanted = pr.GetValue(ids) is { Length: > 0 } list ? list : null;
            int n = new WorkQueue(store).Retry(wanted);
            using (var file = pr.GetValue(output) is { } path && path != "-" ? new StreamWriter(path) : null)
                (file ?? Console.Out).WriteLine($"retried    {n} failed item(s)");
            if (wanted is not null && n < wanted.Length)
            {
                Console.Error.WriteLine($"newslens queue retry: {wanted.Length - n} of the ids given are not failed items (unknown, pending or done); left as they are");
                return ExitCodes.SomeFailed;
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
