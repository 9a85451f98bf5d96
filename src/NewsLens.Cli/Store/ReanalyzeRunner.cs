using NewsLens.Cli.Batch;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Cli.Store;

/// <summary>
/// Analyses again the stored articles of one pipeline whose layers an older analyzer version or another model wrote
/// (or that lack a layer the pipeline now writes), and replaces their layers, report and facets. Text and identity stay.
/// On PostgreSQL each month's partition is a leased job (<see cref="StoreJobs"/>): runs on several machines share the
/// months, a month another run holds is left to it, and each chunk commits only with the lease check, so a run that
/// froze past its lease writes nothing more.
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
            if (store is PgArticleStore pg) RunLeased(pg, pipeline, layer, stale, jobs, summary, progress, ct);
            else Reanalyse(store, pipeline, stale, jobs, summary, progress, store.Replace, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { summary.Interrupted = true; }
        progress.Finish(summary.Succeeded, summary.Failures.Count);
        stdout.WriteLine($"reanalysed {summary.Succeeded} of {stale.Count} stale article(s) with the {pipeline.Info.Name} pipeline{(layer is null ? "" : $" (layer {layer})")}");
        return summary.Print(stderr, quiet);
    }

    private static void RunLeased(PgArticleStore pg, AnalysisPipeline pipeline, string? layer, IReadOnlyList<long> stale, int jobs, BatchSummary summary, ProgressReporter progress, CancellationToken ct)
    {
        string kind = $"reanalyze {pipeline.Info.Name}{(layer is null ? "" : " " + layer)}";
        foreach (var (month, ids) in pg.ByMonth(stale))
        {
            try
            {
                StoreJobs.Run(pg, kind, month, (lease, token) =>
                {
                    Reanalyse(pg, pipeline, ids, jobs, summary, progress, null, token, lease);
                    lease.Complete(_ => { });
                    return 0;
                }, ct);
            }
            catch (Exception ex) when (ex is JobHeldException or LeaseLostException)
            {
                // why: chunks committed before the lease was lost stay (they replaced stale layers); the rest is left stale
                summary.Failures.Add(new BatchFailure($"month {month}", ex.Message));
            }
        }
    }

    /// <summary>Analyses <paramref name="ids"/> in chunks and writes each chunk: one by one, or fenced by <paramref name="lease"/> in one transaction.</summary>
    private static void Reanalyse(IArticleStore store, AnalysisPipeline pipeline, IReadOnlyList<long> ids, int jobs, BatchSummary summary, ProgressReporter progress,
        Action<long, StoredArticle>? replace, CancellationToken ct, JobLease? lease = null)
    {
        foreach (var chunk in ids.Chunk(Math.Max(1, jobs) * 8))
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
            ct.ThrowIfCancellationRequested();
            lease?.Commit(w => { for (int i = 0; i < inputs.Length; i++) if (results[i].Article is { } a) w.Replace(inputs[i].Id, a); });
            for (int i = 0; i < inputs.Length; i++)
            {
                if (results[i].Article is { } a) { replace?.Invoke(inputs[i].Id, a); summary.Succeeded++; }
                else summary.Failures.Add(new BatchFailure($"article {inputs[i].Id}", results[i].Error!));
                progress.Report(summary.Succeeded, summary.Failures.Count);
            }
        }
    }
}
