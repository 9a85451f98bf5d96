using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Verdict;
using NewsLens.Ingest;
using NewsLens.Ingest.Xml;
using NewsLens.Cli.Options;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens classify FILE.xml --format semeval2019 -o FILE</c>: classifies SemEval-2019 Task 4 articles and writes
/// <c>&lt;article id&gt; true|false &lt;confidence&gt;</c> lines (confidence = calibrated probability of the stated label),
/// or JSON lines with the probability. <c>--pipeline accurate</c> (the default) scores with the encoder head, <c>fast</c> with
/// the linear model alone.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("files") { Description = "SemEval-2019 Task 4 articles XML files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output: semeval2019 (id true|false confidence) or jsonl.", DefaultValueFactory = _ => "semeval2019" };
        format.AcceptOnlyFromAmong("semeval2019", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var models = ModelsOption.Create("Folder holding verdict.bin (default: the usual model search).", VerdictModel.Spec.FileName);
        var prior = new Option<double?>("--prior") { Description = "Expected share of hyperpartisan articles in the input (0-1); default: the training share (0.37). The SemEval-2019 by-article test set is balanced: use 0.5." };
        prior.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is { } v && (v <= 0 || v >= 1)) r.AddError("--prior must lie strictly between 0 and 1"); });
        var pipelineOption = PipelineOption.Create();
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds.", DefaultValueFactory = _ => 60 }.Positive();
        var cmd = new Command("classify", "Classify whole articles as hyperpartisan or not (SemEval-2019 Task 4 format).") { paths, format, output, models, prior, pipelineOption, maxChars, timeout };
        cmd.Validators.Add(r =>
        {
            if (PipelineOption.TryKind(r.GetValue(pipelineOption), out var kind) && kind == PipelineKind.Accurate
                && ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } missing)
                r.AddError(missing);
        });
        cmd.SetAction(pr =>
        {
            AnalysisPipeline pipeline;
            var limits = new PipelineOptions { MaxTextLength = pr.GetValue(maxChars), ArticleTimeout = TimeSpan.FromSeconds(pr.GetValue(timeout)) };
            try
            {
                var kind = PipelineOption.Kind(pr.GetValue(pipelineOption));
                var dir = new ModelDirectory(pr.GetValue(models));
                var verdictOptions = new VerdictScorerOptions { Prior = pr.GetValue(prior), Explain = false };
                // why: fast runs only the style and verdict analyzers (all its verdict reads); accurate needs the encoder,
                // techniques, attributions and claims the encoder head reads, so it runs the whole pipeline
                pipeline = kind == PipelineKind.Accurate
                    ? NewsLens.Encoders.StandardPipelines.Create(kind, dir, limits, verdictOptions: verdictOptions)
                    : new PipelineBuilder().WithOptions(limits).WithInfo(new PipelineInfo(PipelineInfo.FastName)).UseStyle().UseVerdict(dir, verdictOptions).Build();
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or IOException or PipelineConfigurationException)
            {
                Console.Error.WriteLine($"newslens classify: {ex.Message}");
                return ExitCodes.Usage;
            }
            var jsonl = pr.GetValue(format) == "jsonl";
            var outPath = pr.GetValue(output);
            using var writer = outPath is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(outPath, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            var failures = new List<string>();
            var reader = new SemEvalXmlReader(limits: new NewsLens.Ingest.Common.ReaderLimits { MaxRecordChars = limits.MaxTextLength });
            int done = 0;
            foreach (var file in pr.GetValue(paths) ?? [])
            {
                IEnumerable<ReadItem> items;
                try { items = reader.Read(file, CancellationToken.None).ToList(); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    items = [ReadItem.Fail(file, ex.Message)];
                }
                foreach (var item in items)
                {
                    if (item.Article is not { } a)
                    {
                        failures.Add($"{item.Location}: {item.Error}");
                        continue;
                    }
                    AnalysisResult result;
                    try { result = pipeline.Analyze(a.Text, a.Metadata); }
                    catch (InputRejectedException ex)
                    {
                        failures.Add($"{item.Location}: {ex.Message}");
                        continue;
                    }
                    if (result.Document.GetSingle(VerdictLayers.Verdict) is not { } verdict)
                    {
                        failures.Add($"{item.Location}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
                        continue;
                    }
                    double p = verdict.HyperpartisanProbability;
                    bool hp = verdict.IsHyperpartisan;
                    if (jsonl)
                        writer.WriteLine(JsonSerializer.Serialize(new { id = a.Id, hyperpartisan = hp, probability = p, pipeline = result.Pipeline.Name }));
                    else
                        writer.WriteLine($"{a.Id} {(hp ? "true" : "false")} {(hp ? p : 1 - p).ToString("0.####", CultureInfo.InvariantCulture)}");
                    done++;
                }
            }
            writer.Flush();
            if (failures.Count > 0)
            {
                Console.Error.WriteLine($"newslens classify: {done} articles classified; {failures.Count} input(s) failed:");
                foreach (var f in failures) Console.Error.WriteLine("  " + f);
                return ExitCodes.SomeFailed;
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
