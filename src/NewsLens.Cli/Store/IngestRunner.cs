using System.Threading.Channels;
using NewsLens.Cli.Batch;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Sqlite;

namespace NewsLens.Cli.Store;

/// <summary>
/// Reads every input, analyses the records on all cores and commits them to the store in batches. One thread reads,
/// <see cref="IngestSettings.Jobs"/> threads analyse and build the stored rows, this thread writes: each batch of
/// articles, their layers and their record keys commits in one transaction, so a run killed at any moment leaves
/// whole batches, and the same command run again skips the records they hold. Bad records are listed and skipped.
/// </summary>
/// <param name="pipelineFactory">builds the pipeline (default: the standard pipeline of <see cref="IngestSettings.Pipeline"/>).</param>
internal sealed class IngestRunner(TextWriter stderr, Func<IngestSettings, PipelineOptions, AnalysisPipeline>? pipelineFactory = null)
{
    private sealed record Analysed(string Location, StoredArticle? Article, string? Error, string? Partial);

    public int Run(IngestSettings s, CancellationToken ct)
    {
        var limits = new PipelineOptions { MaxTextLength = s.MaxChars, ArticleTimeout = TimeSpan.FromSeconds(s.TimeoutSeconds) };
        var pipeline = pipelineFactory is not null ? pipelineFactory(s, limits)
            : NewsLens.Encoders.StandardPipelines.Create(s.Pipeline, new ModelDirectory(s.ModelsDir), limits, encoderOptions: Options.PipelineOption.EncoderFor(s.Jobs));
        using var store = SqliteArticleStore.Open(s.Db);
        var committed = store.CommittedRecords();
        var reader = new InputResolver(s.InputFormat, s.MaxChars);
        var progress = new ProgressReporter(stderr, interactive: !Console.IsErrorRedirected, quiet: s.Quiet, total: s.Quiet ? null : IngestTotal.Count(reader, s.Paths, s.InputFormat));
        var summary = new BatchSummary { ResumeHint = "run the same command again to finish" };
        var keys = new RecordKeys(s.Paths);
        var duplicates = new List<(string Location, CommitOutcome Outcome)>();
        int stored = 0;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var work = Channel.CreateBounded<ReadItem>(new BoundedChannelOptions(s.Jobs * 16) { SingleWriter = true });
        var done = Channel.CreateBounded<Analysed>(new BoundedChannelOptions(s.Jobs * 16 + s.BatchSize) { SingleReader = true });
        var resumed = 0;
        var skipped = new List<SkippedFile>();
        var readTask = Task.Run(async () =>
        {
            try
            {
                foreach (var read in reader.Read(s.Paths, stop.Token))
                {
                    if (read.Skipped is { } why) { skipped.Add(new SkippedFile(read.Location, why)); continue; }
                    if (committed.Contains(keys.Of(read.Location))) { Interlocked.Increment(ref resumed); continue; }
                    await work.Writer.WriteAsync(read, stop.Token);
                }
            }
            finally { work.Writer.Complete(); }
        }, stop.Token);
        var producers = pipeline.LayerProducers;
        var workers = Enumerable.Range(0, Math.Max(1, s.Jobs)).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in work.Reader.ReadAllAsync(stop.Token))
                await done.Writer.WriteAsync(Analyse(item, pipeline, producers, keys, stop.Token), stop.Token);
        }, stop.Token)).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(t => done.Writer.Complete(t.Exception), TaskScheduler.Default);

        var batch = new List<StoredArticle>(s.BatchSize);
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastCommit = DateTime.UtcNow;
        void Commit()
        {
            if (batch.Count == 0) return;
            foreach (var outcome in store.Commit(batch))
            {
                if (outcome.IsDuplicate) duplicates.Add((locations[outcome.RecordKey], outcome));
                else stored++;
            }
            batch.Clear();
            locations.Clear();
            lastCommit = DateTime.UtcNow;
        }

        try
        {
            var reader2 = done.Reader;
            while (reader2.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (reader2.TryRead(out var a))
                {
                    if (a.Article is { } article)
                    {
                        batch.Add(article);
                        locations[article.RecordKey] = a.Location;
                        if (a.Partial is not null) summary.Partials.Add(new BatchFailure(a.Location, a.Partial));
                        else summary.Succeeded++;
                    }
                    else
                    {
                        summary.Failures.Add(new BatchFailure(a.Location, a.Error!));
                        stderr.WriteLine($"newslens: {a.Location}: {a.Error}");
                    }
                    if (batch.Count >= s.BatchSize) Commit();
                    progress.Report(summary.Succeeded + summary.Partials.Count, summary.Failures.Count, Volatile.Read(ref resumed));
                }
                // why: a slow pipeline should not hold finished articles in memory for long; commit at least every second
                if ((DateTime.UtcNow - lastCommit).TotalSeconds >= 1) Commit();
            }
            readTask.GetAwaiter().GetResult();
            Commit();
        }
        catch (Exception ex) when (ct.IsCancellationRequested && ex is OperationCanceledException or AggregateException or ChannelClosedException)
        {
            summary.Interrupted = true;
        }
        finally
        {
            stop.Cancel();
            // why: the skipped-file list is the reading thread's until it ends
            try { readTask.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        }
        summary.Resumed = resumed;
        summary.NotArticles.AddRange(skipped);
        progress.Finish(summary.Succeeded, summary.Failures.Count, summary.Partials.Count);
        if (!s.Quiet)
        {
            stderr.WriteLine($"newslens: {stored} article(s) stored in {s.Db}, {duplicates.Count} duplicate(s) not stored again");
            foreach (var (location, d) in duplicates.Take(20))
                stderr.WriteLine($"  {location}: duplicate of article {d.Id} (same {(d.DuplicateBy == "url" ? "canonical URL" : "normalised text")})");
            if (duplicates.Count > 20) stderr.WriteLine($"  ... and {duplicates.Count - 20} more");
        }
        return summary.Print(stderr, s.Quiet);
    }

    private static Analysed Analyse(ReadItem item, AnalysisPipeline pipeline, IReadOnlyDictionary<string, AnalyzerInfo> producers, RecordKeys keys, CancellationToken ct)
    {
        if (item.Article is not { } a) return new Analysed(item.Location, null, item.Error ?? "unreadable record", null);
        try
        {
            var result = pipeline.Analyze(a.Text, a.Metadata with { Id = a.Metadata.Id ?? a.Id }, ct);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Source).Distinct().ToList();
            return new Analysed(item.Location, StoredArticles.From(result, keys.Of(item.Location), producers), null,
                errors.Count > 0 ? "not finished: " + string.Join(", ", errors) : null);
        }
        catch (InputRejectedException ex) { return new Analysed(item.Location, null, ex.Problem, null); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception ex) { return new Analysed(item.Location, null, $"analysis failed: {ex.Message}", null); }
    }
}
