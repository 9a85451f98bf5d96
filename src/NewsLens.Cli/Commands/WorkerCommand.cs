using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;

namespace NewsLens.Cli.Commands;

internal static class WorkerCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var models = ModelsOption.Create("Directory of model files (default: models/ beside the program or in the checkout).");
        var pipeline = PipelineOption.Create();
        var batch = new Option<int>("--batch") { Description = "Items claimed and committed per transaction.", DefaultValueFactory = _ => 16 }.AtLeast(1);
        var drain = new Option<bool>("--drain") { Description = "Stop when no item is pending (default: wait for more)." };
        var poll = new Option<double>("--poll") { Description = "Seconds to wait when the queue is empty.", DefaultValueFactory = _ => 2 }.Positive();
        var workerId = new Option<string?>("--worker-id") { Description = "Name recorded on the items this worker finishes (default: host:pid)." };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds.", DefaultValueFactory = _ => 60 }.Positive();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output." };
        var maxAttempts = new Option<int>("--max-attempts") { Description = "Attempts per item before it is marked failed; an analysis that throws and a worker killed while holding the item both count.", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var output = new Option<string?>("--output", "-o") { Description = "File to write the count of items committed to when the worker stops (default: none)." };
        var cmd = new Command("worker", "Analyse the records 'ingest --enqueue-only' queued in a PostgreSQL store; run as many as you like.")
        {
            db, models, pipeline, batch, drain, poll, workerId, timeout, quiet, output, maxAttempts,
        };
        cmd.Validators.Add(r =>
        {
            if (!PipelineOption.TryKind(r.GetValue(pipeline), out var kind)) return;
            if (ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } p) r.AddError(p);
        });
        cmd.SetAction((pr, ct) => Task.FromResult(new WorkerRunner(Console.Error).Run(new WorkerSettings(pr.GetValue(db)!, PipelineOption.Kind(pr.GetValue(pipeline)),
            pr.GetValue(models), pr.GetValue(batch), pr.GetValue(drain), pr.GetValue(poll), pr.GetValue(workerId), pr.GetValue(timeout), pr.GetValue(quiet), pr.GetValue(output), pr.GetValue(maxAttempts)), ct)));
        return cmd;
    }
}
