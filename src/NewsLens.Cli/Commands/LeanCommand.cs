using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Lean;
using NewsLens.Cli.Batch;
using NewsLens.Cli.Options;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens lean PATH...</c>: the political lean of each article, one line each:
/// <c>&lt;id&gt;\t&lt;left|center|right&gt;\t&lt;p_left&gt;\t&lt;p_center&gt;\t&lt;p_right&gt;</c> (4 decimals). Reads what
/// <c>analyze</c> reads (AllSides JSON: id = <c>ID</c>; files without an id: their name). Bad records are named on
/// stderr as they come and listed at the end; the batch goes on.
/// </summary>
internal static class LeanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (AllSides JSON, or any input `analyze` reads); - for standard input.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var inputFormat = new Option<string?>("--input-format") { Description = $"Override reader detection: {string.Join(", ", ReaderRegistry.Formats)}." }
            .OneOf(ReaderRegistry.FormatNames, ReaderRegistry.Formats);
        var models = ModelsOption.Create("Folder holding lean.bin (default: the usual model search).", LeanModel.Spec.FileName);
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var cmd = new Command("lean", "Political lean (left / center / right) of articles, one tab-separated line each.") { paths, output, inputFormat, models, maxChars };
        cmd.SetAction(pr =>
        {
            AnalysisPipeline pipeline;
            try
            {
                pipeline = new PipelineBuilder().UseLean(new ModelDirectory(pr.GetValue(models)), new LeanScorerOptions { Explain = false }).Build();
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or IOException)
            {
                Console.Error.WriteLine($"newslens lean: {ex.Message}");
                return ExitCodes.Usage;
            }
            var outPath = pr.GetValue(output);
            using var writer = outPath is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(outPath, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            var failures = new List<string>();
            int done = 0;
            foreach (var item in new InputResolver(pr.GetValue(inputFormat), pr.GetValue(maxChars)).Read(pr.GetValue(paths) ?? [], CancellationToken.None))
            {
                if (item.Skipped is not null) continue;
                string? problem = item.Error;
                if (item.Article is { } a)
                {
                    var result = pipeline.Analyze(a.Text, a.Metadata);
                    if (result.Document.GetSingle(LeanLayers.Lean) is { } lean)
                    {
                        writer.WriteLine(Line(a.Id, lean));
                        done++;
                        continue;
                    }
                    problem = string.Join("; ", result.Diagnostics.Select(d => d.Message));
                }
                var failure = $"{item.Location}: {problem}";
                Console.Error.WriteLine($"newslens lean: {failure}");
                failures.Add(failure);
            }
            writer.Flush();
            if (failures.Count == 0) return ExitCodes.Ok;
            Console.Error.WriteLine($"newslens lean: {done} articles scored; {failures.Count} input(s) failed:");
            foreach (var f in failures) Console.Error.WriteLine("  " + f);
            return ExitCodes.SomeFailed;
        });
        return cmd;
    }

    /// <summary><c>id\tlabel\tp_left\tp_center\tp_right</c>, probabilities with 4 decimals.</summary>
    internal static string Line(string id, ArticleLean lean) =>
        string.Join('\t', id, lean.Label, P(lean.PLeft), P(lean.PCenter), P(lean.PRight));

    private static string P(double p) => p.ToString("0.0000", CultureInfo.InvariantCulture);
}
