using System.CommandLine;
using NewsLens.Cli.Batch;
using NewsLens.Cli.Options;
using NewsLens.Ingest;
using NewsLens.Reports;

namespace NewsLens.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (t.Value.Length > 1 && t.Value.StartsWith('-')) r.AddError($"unknown option '{t.Value}'");
        });
        var format = new Option<string>("--format", "-f") { Description = $"Report format: {string.Join(", ", ReportWriters.Names)}.", DefaultValueFactory = _ => ReportWriters.Default.Name }
            .OneOf(ReportWriters.All.SelectMany(w => w.Aliases.Prepend(w.Name)), ReportWriters.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Output file, or directory (one report per article). Default: standard output." };
        var inputFormat = new Option<string?>("--input-format") { Description = $"Override reader detection: {string.Join(", ", ReaderRegistry.Formats)}." }
            .OneOf(ReaderRegistry.FormatNames, ReaderRegistry.Formats);
        var models = ModelsOption.Create("Directory of model files (default: models/ beside the program or in the checkout).");
        var pipeline = PipelineOption.Create();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analysed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds.", DefaultValueFactory = _ => 60 }.Positive();
        var resume = new Option<bool>("--resume") { Description = "Skip inputs an earlier interrupted run with the same -o finished; append to its output." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output." };
        var factChecks = FactChecksOption.Create();
        var cmd = new Command("analyze", "Analyse articles and write a report per article.")
        {
            paths, format, output, inputFormat, models, pipeline, jobs, maxChars, timeout, resume, quiet, factChecks,
        };
        cmd.Validators.Add(r =>
        {
            if (!PipelineOption.TryKind(r.GetValue(pipeline), out var kind)) return; // the option's own check names the bad value
            if (ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } p) r.AddError(p);
        });
        cmd.SetAction((pr, ct) =>
        {
            var settings = new AnalyzeSettings
            {
                Paths = pr.GetValue(paths) ?? [],
                Format = ReportWriters.Get(pr.GetValue(format)!),
                Output = pr.GetValue(output),
                InputFormat = ReaderRegistry.Canonical(pr.GetValue(inputFormat)),
                ModelsDir = pr.GetValue(models),
                Pipeline = PipelineOption.Kind(pr.GetValue(pipeline)),
                Jobs = pr.GetValue(jobs),
                MaxChars = pr.GetValue(maxChars),
                TimeoutSeconds = pr.GetValue(timeout),
                Resume = pr.GetValue(resume),
                Quiet = pr.GetValue(quiet),
                FactChecks = pr.GetValue(factChecks),
            };
            return Task.FromResult(new AnalyzeRunner(Console.Out, Console.Error).Run(settings, ct));
        });
        return cmd;
    }
}
