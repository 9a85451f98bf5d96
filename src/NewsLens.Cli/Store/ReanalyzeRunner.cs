using NewsLens.Cli.Batch;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Store;

/// <summary>
/// Analyses again the stored articles of one pipeline whose layers an older analyzer version or another model wrote
/// (or that lack a layer the pipeline now writes), and replaces their layers, report and facets. Text and identity stay.
/// </summary>
internal sealed class ReanalyzeRunner(TextWriter stdout, TextWriter stderr, Func<PipelineKind, string?, AnalysisPipeline>? pipelineFactory = null)
{
    public int Run(string db, PipelineKind kind, string? modelsDir, string? layer, int jobs, bool quiet, CancellationToken ct)
    {
        var pipeline = pipelineFactory?.Invoke(kind, modelsDir)
            ?? NewsLens.Encoders.StandardPipelines.Create(kind, new ModelDirectory(modelsDir), encoderOptions: Options.PipelineOption.EncoderFor(jobs),
                extra: Options.FactChecksOption.Analyzers(StoreFactChecks.Resolve(null, db), new ModelDirectory(modelsDir)));
        if (layer is not null && !pipeline.LayerProducers.ContainsKey(layer))
        {
            stderr.WriteLine($"newslens reanalyze: unknown --layer '{layer}' (valid: {string.Join(", ", pipeline.LayerProducers.Keys.Order(StringComparer.Ordinal))})");
            return ExitCodes.Usage;
        }
        using var store = StoreFactory.Open(db, create: false);
        var stale = store.Stale(pipeline.Info.Name, pipeline.LayerProducers, layer);
        var progress = new ProgressReporter(stderr, interactive: !Console.IsErrorRedirected, quiet: quiet, total: stale.Count);
        var summary = new BatchSummary { ResumeHint = "run the same command again to finish" };
        try
        {
            foreach (var chunk in stale.Chunk(Math.Max(1, jobs) * 8))
            {
                var inputs = chunk.Select(id => (Id: id, Input: store.Input(id))).ToArray();
                var results = new (StoredArticle? Article, string? Error)[inputs.Length];
                Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = ct }, i =>
                {
                    if (inputs[i].Input is not { } input) { results[i] = (null, "no longer stored"); return; }
                    try { results[i] = (StoredArticles.From(pipeline.Analyze(input.Text, input.Metadata, ct), "", pipeline.LayerProducers), null); }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
                    catch (Exception ex) { results[i] = (null, $"analysis failed: {ex.Message}"); }
                });
                for (int i = 0; i < inputs.Length; i++)
                {
                    if (results[i].Article is { } a) { store.Replace(inputs[i].Id, a); summary.Succeeded++; }
                    else summary.Failures.Add(new BatchFailure($"article {inputs[i].Id}", results[i].Error!));
                    progress.Report(summary.Succeeded, summary.Failures.Count);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { summary.Interrupted = true; }
        progress.Finish(summary.Succeeded, summary.Failures.Count);
        stdout.WriteLine($"reanalysed {summary.Succeeded} of {stale.Count} stale article(s) with the {pipeline.Info.Name} pipeline{(layer is null ? "" : $" (layer {layer})")}");
        return summary.Print(stderr, quiet);
    }
}
