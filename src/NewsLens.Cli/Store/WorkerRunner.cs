using System.Text.Json;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Cli.Store;

/// <summary>What `newslens worker` was asked to do.</summary>
internal sealed record WorkerSettings(string Db, PipelineKind Pipeline, string? ModelsDir, int Batch, bool Drain, double PollSeconds, string? WorkerId, double TimeoutSeconds, bool Quiet, string? Output = null, int MaxAttempts = 3);

/// <summary>
/// <c>newslens worker</c>: analyses queued records with the pipeline and stores them, batch by batch, through
/// <see cref="QueueWorker"/>. A record that cannot be read is marked failed with its error; one whose analysis throws is
/// tried again, up to <see cref="WorkerSettings.MaxAttempts"/> attempts in all; the worker goes on.
/// </summary>
internal sealed class WorkerRunner(TextWriter stderr, Func<WorkerSettings, AnalysisPipeline>? pipelineFactory = null)
{
    public int Run(WorkerSettings s, CancellationToken ct)
    {
        var limits = new PipelineOptions { ArticleTimeout = TimeSpan.FromSeconds(s.TimeoutSeconds) };
        var pipeline = pipelineFactory?.Invoke(s)
            ?? NewsLens.Encoders.StandardPipelines.Create(s.Pipeline, new ModelDirectory(s.ModelsDir), limits, encoderOptions: Options.PipelineOption.EncoderFor(1));
        var producers = pipeline.LayerProducers;
        using var store = StoreFactory.OpenPostgres(s.Db);
        string id = s.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}";
        var worker = new QueueWorker(store, id, (item, token) => Analyse(item, pipeline, producers, token)) { MaxAttempts = s.MaxAttempts };
        long done = 0;
        try
        {
            done = worker.Run(s.Batch, s.Drain, TimeSpan.FromSeconds(s.PollSeconds), ct,
                s.Quiet ? null : n => { if (n / s.Batch % 10 == 0) stderr.WriteLine($"newslens worker {id}: {n} item(s) done"); });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        if (!s.Quiet) stderr.WriteLine($"newslens worker {id}: {done} item(s) committed to {store.Name}");
        if (s.Output is { } path) File.WriteAllText(path, $"{done}\n");
        return ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    private static WorkResult Analyse(WorkItem item, AnalysisPipeline pipeline, IReadOnlyDictionary<string, AnalyzerInfo> producers, CancellationToken ct)
    {
        try
        {
            var a = QueuedArticle.FromJson(item.Payload);
            var result = pipeline.Analyze(a.Text, a.Metadata with { Id = a.Metadata.Id ?? a.Id }, ct);
            return WorkResult.Ok(StoredArticles.From(result, item.RecordKey, producers));
        }
        catch (JsonException ex) { return WorkResult.Failed($"{item.Location}: unreadable work item: {ex.Message}"); }
        catch (InputRejectedException ex) { return WorkResult.Failed($"{item.Location}: {ex.Problem}"); }
        // why: anything else may be passing (memory, a timeout under load): QueueWorker counts it as an attempt and retries
    }
}
