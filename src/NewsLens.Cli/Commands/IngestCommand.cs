using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Ingest;

namespace NewsLens.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (HTML, JSON, JSONL, CSV, SemEval XML, WARC, text).", Arity = ArgumentArity.OneOrMore };
        var db = DbOption.Create();
        var inputFormat = new Option<string?>("--input-format") { Description = $"Override reader detection: {string.Join(", ", ReaderRegistry.Formats)}." }
            .OneOf(ReaderRegistry.FormatNames, ReaderRegistry.Formats);
        var models = ModelsOption.Create("Directory of model files (default: models/ beside the program or in the checkout).");
        var pipeline = PipelineOption.Create();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analysed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var batch = new Option<int>("--batch") { Description = "Articles per transaction.", DefaultValueFactory = _ => 256 }.AtLeast(1);
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds.", DefaultValueFactory = _ => 60 }.Positive();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output." };
        var enqueueOnly = new Option<bool>("--enqueue-only") { Description = "PostgreSQL store only: queue the records as work items for 'newslens worker' instead of analysing them here." };
        var output = StoreOutput.Create("What became of each record (stored, duplicate, failed), one tab-separated line each, written");
        var factChecks = FactChecksOption.Create();
        var noStories = new Option<bool>("--no-stories") { Description = "Do not regroup the store into stories and near-duplicates after storing (run `newslens stories` later)." };
        var cmd = new Command("ingest", "Analyse articles into the store; run it again after a crash to finish.")
        {
            paths, db, inputFormat, models, pipeline, jobs, batch, maxChars, timeout, quiet, output, enqueueOnly, noStories, factChecks,
        };
        cmd.Validators.Add(r =>
        {
            if (r.GetValue(enqueueOnly)) return; // why: queuing loads no model; the workers check theirs
            if (!PipelineOption.TryKind(r.GetValue(pipeline), out var kind)) return;
            if (ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } p) r.AddError(p);
        });
        IngestSettings Settings(ParseResult pr) => new()
        {
            Paths = pr.GetValue(paths) ?? [],
            Db = pr.GetValue(db)!,
            InputFormat = ReaderRegistry.Canonical(pr.GetValue(inputFormat)),
            ModelsDir = pr.GetValue(models),
            Pipeline = PipelineOption.Kind(pr.GetValue(pipeline)),
            Jobs = pr.GetValue(jobs),
            BatchSize = pr.GetValue(batch),
            MaxChars = pr.GetValue(maxChars),
            TimeoutSeconds = pr.GetValue(timeout),
            Quiet = pr.GetValue(quiet),
            Stories = !pr.GetValue(noStories),
            FactChecks = pr.GetValue(factChecks),
        };
        cmd.SetAction((pr, ct) => Task.FromResult(pr.GetValue(enqueueOnly)
            ? new EnqueueRunner(Console.Error).Run(Settings(pr), ct)
            : StoreOutput.To(pr.GetValue(output), o => new IngestRunner(Console.Error) { Records = pr.GetValue(output) is null ? null : o }.Run(Settings(pr), ct))));
        return cmd;
    }
}
