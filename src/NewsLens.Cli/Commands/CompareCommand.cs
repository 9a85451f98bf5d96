using System.CommandLine;
using System.Text;
using NewsLens.Analyzers.Discrepancies;
using NewsLens.Analyzers.Attributions;
using NewsLens.Cli.Batch;
using NewsLens.Cli.Options;
using NewsLens.Encoders;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports.Comparison;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens compare A B</c>: where article A's retelling departs from source B (numbers, hedges, modality,
/// attribution, actors), each flag with both passages side by side. Each input must hold one article.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var article = new Argument<string>("article") { Description = "The article (the retelling): a file any reader takes, or - for standard input." };
        var source = new Argument<string>("source") { Description = "The source it cites, read the same way." };
        var format = new Option<string>("--format", "-f") { Description = $"Output: {string.Join(", ", ComparisonWriters.Names)}.", DefaultValueFactory = _ => "text" }
            .OneOf(ComparisonWriters.Names, ComparisonWriters.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var inputFormat = new Option<string?>("--input-format") { Description = $"Override reader detection: {string.Join(", ", ReaderRegistry.Formats)}." }
            .OneOf(ReaderRegistry.FormatNames, ReaderRegistry.Formats);
        var models = ModelsOption.Create("Folder holding the attribution model (default: the usual model search).");
        var pipeline = PipelineOption.Create();
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var cmd = new Command("compare", "Discrepancies between an article and a source it cites, side by side.") { article, source, format, output, inputFormat, models, pipeline, maxChars };
        PipelineOption.RequireModel(cmd, pipeline, models, AttributionModel.Spec, AttributionModel.EncoderSpec);
        cmd.SetAction((pr, ct) =>
        {
            var resolver = new InputResolver(pr.GetValue(inputFormat), pr.GetValue(maxChars));
            var inputs = new[] { pr.GetValue(article)!, pr.GetValue(source)! }.Select(p => ReadOne(resolver, p, ct)).ToList();
            var failures = inputs.Where(i => i.Error is not null).Select(i => i.Error!).ToList();
            if (failures.Count > 0)
            {
                foreach (var f in failures) Console.Error.WriteLine($"newslens compare: {f}");
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var kind = PipelineOption.Kind(pr.GetValue(pipeline));
            var dir = new ModelDirectory(pr.GetValue(models));
            var run = DiscrepancyPipeline.Create(kind == PipelineKind.Accurate ? new EncoderAnalyzer(StandardPipelines.EncoderFor(dir)) : null, dir,
                new PipelineOptions { MaxTextLength = pr.GetValue(maxChars) });
            var docs = new List<Document>();
            foreach (var input in inputs)
            {
                var result = run.Analyze(input.Article!.Text, input.Article.Metadata, ct);
                if (result.HasErrors)
                {
                    Console.Error.WriteLine($"newslens compare: {input.Location}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
                    return Task.FromResult(ExitCodes.SomeFailed);
                }
                docs.Add(result.Document);
            }
            var comparison = DiscrepancyFinder.Compare(docs[0], docs[1], cancellationToken: ct);
            var report = ComparisonReport.Build(inputs[0].Article!.Id, docs[0], inputs[1].Article!.Id, docs[1], comparison, run.Info.Name);
            var outPath = pr.GetValue(output);
            var writerFormat = ComparisonWriters.Get(pr.GetValue(format)!);
            if (outPath is null)
            {
                writerFormat.Write(Console.Out, report);
                Console.Out.Flush();
            }
            else
            {
                using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
                writerFormat.Write(writer, report);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    // The one article in `path`; an error naming the input when it holds none, fails, or holds more than one.
    private static (string Location, ArticleInput? Article, string? Error) ReadOne(InputResolver resolver, string path, CancellationToken ct)
    {
        var items = resolver.Read([path], ct).Where(i => i.Skipped is null).Take(2).ToList();
        if (items.Count == 0) return (path, null, $"{path}: no article in it");
        if (items.Count > 1) return (path, null, $"{path}: holds more than one article; compare takes one article per input");
        var item = items[0];
        return item.Article is { } a ? (item.Location, a, null) : (item.Location, null, $"{item.Location}: {item.Error}");
    }
}
