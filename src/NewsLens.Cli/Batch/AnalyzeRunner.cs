using NewsLens.Analyzers;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Runs the default pipeline over every input: reads records as a stream, gives each article a run-unique id,
/// analyses them in parallel chunks, writes reports in input order, records finished inputs for <c>--resume</c>, and
/// lists failures and skipped files at the end. Memory stays bounded by the chunk size, whatever the input size.
/// Cancelling stops after the reports already written; a rerun with <c>--resume</c> finishes the batch.
/// </summary>
/// <param name="stdout">where reports go without <c>-o</c>.</param>
/// <param name="stderr">progress, failures and the summary.</param>
/// <param name="pipelineFactory">builds the pipeline from the settings and the limits (default: the standard pipeline of <see cref="AnalyzeSettings.Pipeline"/>).</param>
internal sealed class AnalyzeRunner(TextWriter stdout, TextWriter stderr, Func<AnalyzeSettings, PipelineOptions, AnalysisPipeline>? pipelineFactory = null)
{
    public int Run(AnalyzeSettings s, CancellationToken ct)
    {
        var limits = new PipelineOptions
        {
            MaxTextLength = s.MaxChars,
            ArticleTimeout = s.TimeoutSeconds > 0 ? TimeSpan.FromSeconds(s.TimeoutSeconds) : null,
        };
        var pipeline = pipelineFactory is not null ? pipelineFactory(s, limits)
            : NewsLens.Encoders.StandardPipelines.Create(s.Pipeline, new ModelDirectory(s.ModelsDir), limits, encoderOptions: Options.PipelineOption.EncoderFor(s.Jobs),
                extra: Options.FactChecksOption.Analyzers(s.FactChecks, new ModelDirectory(s.ModelsDir)));
        using var sink = new ReportSink(s.Format, s.Output, stdout, append: s.Resume);
        using var state = sink.StatePath is { } sp ? ResumeState.Open(sp, s.Resume) : ResumeState.None;
        if (s.Resume && sink.StatePath is null)
            stderr.WriteLine("newslens: --resume needs -o FILE.jsonl or -o DIR; processing everything");
        var reader = new InputResolver(s.InputFormat, s.MaxChars);
        var progress = new ProgressReporter(stderr, interactive: !Console.IsErrorRedirected, quiet: s.Quiet, total: s.Quiet ? null : reader.Count(s.Paths));
        var summary = new BatchSummary();
        var ids = new RunIds();
        int chunkSize = Math.Max(1, s.Jobs) * 4;
        var chunk = new List<ReadItem>(chunkSize);

        // why: resume state is keyed on the input's full path, so `./in.jsonl` and its absolute path are one input
        var typed = s.Paths.Where(p => p != "-").Distinct().OrderByDescending(p => p.Length).Select(p => (Typed: p, Full: FullPath(p))).ToList();
        string Canonical(string location)
        {
            foreach (var (t, full) in typed)
                if (full is not null && location.StartsWith(t, StringComparison.Ordinal)) return full + location[t.Length..];
            return location;
        }

        void Flush()
        {
            var results = new (AnalysisResult? Result, string? Error)[chunk.Count];
            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, s.Jobs), CancellationToken = ct }, i =>
            {
                var item = chunk[i];
                if (item.Article is not { } a) { results[i] = (null, item.Error ?? "unreadable record"); return; }
                try { results[i] = (pipeline.Analyze(a.Text, a.Metadata, ct), null); }
                catch (InputRejectedException ex) { results[i] = (null, ex.Problem); }
                catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
                catch (Exception ex) { results[i] = (null, $"analysis failed: {ex.Message}"); }
            });
            for (int i = 0; i < chunk.Count; i++)
            {
                var (result, error) = results[i];
                string location = chunk[i].Location;
                if (result is not null)
                {
                    try
                    {
                        if (sink.StreamLength is { } offset) state.MarkBegin(Canonical(location), offset);
                        sink.Write(result);
                        state.MarkDone(Canonical(location));
                        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        foreach (var d in errors) stderr.WriteLine($"newslens: {location}: {d.Source} {d.Message}");
                        // why: a report missing an analyzer's layers is not a success; it is counted and listed as partial
                        if (errors.Count == 0) summary.Succeeded++;
                        else summary.Partials.Add(new BatchFailure(location, "not finished: " + string.Join(", ", errors.Select(d => d.Source).Distinct())));
                    }
                    catch (IOException ex) { error = $"cannot write report: {ex.Message}"; }
                    catch (UnauthorizedAccessException ex) { error = $"cannot write report: {ex.Message}"; }
                }
                if (error is not null)
                {
                    summary.Failures.Add(new BatchFailure(location, error));
                    stderr.WriteLine($"newslens: {location}: {error}");
                }
                progress.Report(summary.Succeeded + summary.Partials.Count, summary.Failures.Count, summary.Resumed);
            }
            chunk.Clear();
        }

        try
        {
            foreach (var read in reader.Read(s.Paths, ct))
            {
                if (read.Skipped is { } why) { summary.NotArticles.Add(new SkippedFile(read.Location, why)); continue; }
                if (sink.Owns(read.Article?.Metadata.Input?.Path ?? read.Location))
                {
                    // why: reports of an earlier run inside an input folder are output, not articles to analyse again
                    summary.NotArticles.Add(new SkippedFile(read.Location, "output of this batch (-o)"));
                    continue;
                }
                var item = ids.Assign(read);
                if (item.Article is { } a) sink.Reserve(a.Id);
                if (state.IsDone(Canonical(item.Location))) { summary.Resumed++; continue; }
                chunk.Add(item);
                if (chunk.Count >= chunkSize) Flush();
            }
            Flush();
        }
        catch (Exception ex) when (ct.IsCancellationRequested && ex is OperationCanceledException or AggregateException)
        {
            summary.Interrupted = true;
        }
        progress.Finish(summary.Succeeded, summary.Failures.Count, summary.Partials.Count);
        return summary.Print(stderr, s.Quiet);
    }

    private static string? FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }
}
