using System.Collections.Concurrent;
using NewsLens.Cli.Batch;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store;
using NewsLens.Store.Postgres;

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
    /// <summary>
    /// When set, one tab-separated line per record: <c>stored ID LOCATION</c>, <c>duplicate ID LOCATION url|text</c>, or
    /// <c>failed - LOCATION PROBLEM</c>; written as batches commit.
    /// </summary>
    public TextWriter? Records { get; init; }

    private sealed record Analysed(string Location, StoredArticle? Article, string? Error, string? Partial);

    public int Run(IngestSettings s, CancellationToken ct)
    {
        var limits = new PipelineOptions { MaxTextLength = s.MaxChars, ArticleTimeout = TimeSpan.FromSeconds(s.TimeoutSeconds) };
        var pipeline = pipelineFactory is not null ? pipelineFactory(s, limits)
            : NewsLens.Encoders.StandardPipelines.Create(s.Pipeline, new ModelDirectory(s.ModelsDir), limits, encoderOptions: Options.PipelineOption.EncoderFor(s.Jobs),
                extra: Options.FactChecksOption.Analyzers(StoreFactChecks.Resolve(s.FactChecks, s.Db), new ModelDirectory(s.ModelsDir)));
        using var store = StoreFactory.Open(s.Db);
        var committed = store.CommittedRecords();
        var reader = new InputResolver(s.InputFormat, s.MaxChars);
        var progress = new ProgressReporter(stderr, interactive: !Console.IsErrorRedirected, quiet: s.Quiet, total: s.Quiet ? null : IngestTotal.Count(reader, s.Paths, s.InputFormat));
        var summary = new BatchSummary { ResumeHint = "run the same command again to finish", ResumedBy = "an earlier run, already in the store" };
        var keys = new RecordKeys(s.Paths);
        var duplicates = new List<(string Location, CommitOutcome Outcome)>();
        int stored = 0;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // why: dedicated threads and blocking queues, not pool tasks: analysis blocks its thread for the whole article,
        // and on two cores pool threads blocked so would starve the reader of a thread to continue on
        using var work = new BlockingCollection<ReadItem>(s.Jobs * 16);
        using var done = new BlockingCollection<Analysed>(s.Jobs * 16 + s.BatchSize);
        int resumed = 0, workersLeft = Math.Max(1, s.Jobs);
        var skipped = new List<SkippedFile>();
        Exception? failure = null;
        var readThread = Start("newslens-read", () =>
        {
            try
            {
                foreach (var read in reader.Read(s.Paths, stop.Token))
                {
                    if (read.Skipped is { } why) { skipped.Add(new SkippedFile(read.Location, why)); continue; }
                    if (committed.Contains(keys.Of(read.Location))) { Interlocked.Increment(ref resumed); continue; }
                    work.Add(read, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) { failure ??= ex; stop.Cancel(); }
            finally { work.CompleteAdding(); }
        });
        var producers = pipeline.LayerProducers;
        var workers = Enumerable.Range(0, workersLeft).Select(i => Start($"newslens-analyse-{i}", () =>
        {
            try
            {
                foreach (var item in work.GetConsumingEnumerable(stop.Token))
                    done.Add(Analyse(item, pipeline, producers, keys, stop.Token), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) { failure ??= ex; stop.Cancel(); }
            finally { if (Interlocked.Decrement(ref workersLeft) == 0) done.CompleteAdding(); }
        })).ToList();

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
                Records?.WriteLine(outcome.IsDuplicate ? $"duplicate\t{outcome.Id}\t{locations[outcome.RecordKey]}\t{outcome.DuplicateBy}" : $"stored\t{outcome.Id}\t{locations[outcome.RecordKey]}");
            }
            Records?.Flush();
            batch.Clear();
            locations.Clear();
            lastCommit = DateTime.UtcNow;
        }

        try
        {
            while (!done.IsCompleted)
            {
                // why: a slow pipeline should not hold finished articles in memory for long; commit at least every second
                if (!done.TryTake(out var a, 1000, stop.Token)) { Commit(); continue; }
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
                    Records?.WriteLine($"failed\t-\t{a.Location}\t{a.Error}");
                }
                if (batch.Count >= s.BatchSize || (DateTime.UtcNow - lastCommit).TotalSeconds >= 1) Commit();
                progress.Report(summary.Succeeded + summary.Partials.Count, summary.Failures.Count, Volatile.Read(ref resumed));
            }
            if (ct.IsCancellationRequested) summary.Interrupted = true;
            if (failure is null) Commit();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested || failure is not null)
        {
            // why: the articles analysed before Ctrl+C are whole; keep them, so the re-run has less to do
            summary.Interrupted = ct.IsCancellationRequested;
            if (failure is null) Commit();
        }
        finally
        {
            stop.Cancel();
            // why: the skipped-file list is the reading thread's until it ends
            readThread.Join(TimeSpan.FromSeconds(5));
            foreach (var w in workers) w.Join(TimeSpan.FromSeconds(5));
        }
        if (failure is not null) throw new InvalidOperationException(failure.Message, failure);
        summary.Resumed = resumed;
        summary.NotArticles.AddRange(skipped);
        progress.Finish(summary.Succeeded, summary.Failures.Count, summary.Partials.Count);
        if (s.Stories && stored > 0 && !summary.Interrupted)
        {
            try
            {
                var (stories, rows) = StoreStories.Update(store, new NewsLens.Stories.StoryOptions());
                if (!s.Quiet)
                    stderr.WriteLine($"newslens: {rows.Count} stored article(s) in {stories.Count} stories, {rows.Values.Count(r => r.NearDuplicateOf is not null)} near-duplicate(s) linked");
            }
            catch (Exception ex) when (ex is JobHeldException or NewsLens.Store.Postgres.Queue.LeaseLostException)
            {
                // why: the articles are stored; another process clustering the store will group them, or 'stories --db' later
                stderr.WriteLine($"newslens: stories not updated: {ex.Message}");
            }
        }
        if (!s.Quiet)
        {
            stderr.WriteLine($"newslens: {stored} article(s) stored in {StoreFactory.Describe(store, s.Db)}, {duplicates.Count} duplicate(s) not stored again");
            foreach (var (location, d) in duplicates.Take(20))
                stderr.WriteLine($"  {location}: duplicate of article {d.Id} (same {(d.DuplicateBy == "url" ? "canonical URL" : "normalised text")})");
            if (duplicates.Count > 20) stderr.WriteLine($"  ... and {duplicates.Count - 20} more");
        }
        return summary.Print(stderr, s.Quiet);
    }

    private static Thread Start(string name, Action body)
    {
        var t = new Thread(() => body()) { IsBackground = true, Name = name };
        t.Start();
        return t;
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
