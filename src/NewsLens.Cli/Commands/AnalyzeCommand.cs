using System.CommandLine;
using NewsLens.Cli.Batch;

namespace NewsLens.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Report format: json, jsonl, html or md.", DefaultValueFactory = _ => "json" };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (t.Value.Length > 1 && t.Value.StartsWith('-')) r.AddError($"unknown option '{t.Value}'");
        });
        format.AcceptOnlyFromAmong("json", "jsonl", "html", "md", "markdown");
        var output = new Option<string?>("--output", "-o") { Description = "Output file, or directory (one report per article). Default: standard output." };
        var inputFormat = new Option<string?>("--input-format") { Description = "Override reader detection: " + string.Join(", ", NewsLens.Ingest.ReaderRegistry.Formats) + "." };
        inputFormat.AcceptOnlyFromAmong([.. NewsLens.Ingest.ReaderRegistry.Formats, "txt", "ndjson", "semeval", "htm"]);
        var models = new Option<string?>("--models") { Description = "Directory of model files (default: models/ beside the program or in the checkout)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analysed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds (0: none).", DefaultValueFactory = _ => 60 };
        var resume = new Option<bool>("--resume") { Description = "Skip inputs an earlier interrupted run with the same -o finished; append to its output." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output." };
        var cmd = new Command("analyze", "Analyse articles and write a report per article.")
        {
            paths, format, output, inputFormat, models, jobs, maxChars, timeout, resume, quiet,
        };
        cmd.SetAction((pr, ct) =>
        {
            ReportFormatNames.TryParse(pr.GetValue(format), out var f);
            var settings = new AnalyzeSettings
            {
                Paths = pr.GetValue(paths) ?? [],
                Format = f,
                Output = pr.GetValue(output),
                InputFormat = pr.GetValue(inputFormat),
                ModelsDir = pr.GetValue(models),
                Jobs = Math.Max(1, pr.GetValue(jobs)),
                MaxChars = pr.GetValue(maxChars),
                TimeoutSeconds = pr.GetValue(timeout),
                Resume = pr.GetValue(resume),
                Quiet = pr.GetValue(quiet),
            };
            return Task.FromResult(new AnalyzeRunner(Console.Out, Console.Error).Run(settings, ct));
        });
        return cmd;
    }
}
