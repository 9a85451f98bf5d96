using NewsLens.Analyzers;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Runs the default pipeline over every input: reads records as a stream, analyses them in parallel chunks, writes
/// reports in input order, records finished inputs for <c>--resume</c>, and lists failures at the end.
/// Memory stays bounded by the chunk size, whatever the input size.
/// </summary>
internal sealed class AnalyzeRunner(TextWriter stdout, TextWriter stderr)
{
    public int Run(AnalyzeSettings s, CancellationToken ct)
    {
        var pipeline = NewsLensPipeline.CreateDefault(new ModelDirectory(s.ModelsDir), new PipelineOptions
        {
            MaxTextLength = s.MaxChars,
            ArticleTimeout = s.TimeoutSeconds > 0 ? TimeSpan.FromSeconds(s.TimeoutSeconds) : null,
        });
        using var sink = new ReportSink(s.Format, s.Output, stdout, append: s.Resume);
        using var state = sink.StatePath is { } sp ? ResumeState.Open(sp, s.Resume) : ResumeState.None;
        if (s.Resume && sink.StatePath is null)
            stderr.WriteLine("newslens: --resume needs -o FILE or DIR; processing everything");
        var progress = new ProgressReporter(stderr, interactive: !Console.IsErrorRedirected, quiet: s.Quiet);
        var failures = new List<BatchFailure>();
        int done = 0, skipped = 0;
        int chunkSize = Math.Max(1, s.Jobs) * 4;
        var chunk = new List<ReadItem>(chunkSize);
        var reader = new InputResolver(s.InputFormat, s.MaxChars);

        void Flush()
        {
            var results = new (AnalysisResult? Result, string? Error)[chunk.Count];
            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, s.Jobs), CancellationToken = ct }, i =>
            {
                var item = chunk[i];
                if (item.Article is null) { results[i] = (null, item.Error ?? "unreadable record"); return; }
                try
                {
                    var a = item.Article;
                    results[i] = (pipeline.Analyze(a.Text, a.Metadata with { Id = a.Metadata.Id ?? a.Id }, ct), null);
                }
                catch (InputRejectedException ex) { results[i] = (null, ex.Problem); }
                catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
                catch (Exception ex) { results[i] = (null, $"analysis failed: {ex.Message}"); }
            });
            for (int i = 0; i < chunk.Count; i++)
            {
                var (result, error) = results[i];
                if (result is not null)
                {
                    try
                    {
                        sink.Write(result);
                        state.MarkDone(chunk[i].Location);
                        done++;
                        foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                            stderr.WriteLine($"newslens: {chunk[i].Location}: {d.Source} {d.Message}");
                    }
                    catch (IOException ex) { error = $"cannot write report: {ex.Message}"; }
                    catch (UnauthorizedAccessException ex) { error = $"cannot write report: {ex.Message}"; }
                }
                if (error is not null)
                {
                    failures.Add(new BatchFailure(chunk[i].Location, error));
                    stderr.WriteLine($"newslens: {chunk[i].Location}: {error}");
                }
                progress.Report(done, failures.Count);
            }
            chunk.Clear();
        }

        foreach (var item in reader.Read(s.Paths, ct))
        {
            if (state.IsDone(item.Location)) { skipped++; continue; }
            chunk.Add(item);
            if (chunk.Count >= chunkSize) Flush();
        }
        Flush();
        progress.Finish(done, failures.Count);
        if (skipped > 0 && !s.Quiet) stderr.WriteLine($"newslens: skipped {skipped} inputs finished by an earlier run (--resume)");
        if (failures.Count > 0)
        {
            stderr.WriteLine($"newslens: {failures.Count} input(s) failed:");
            foreach (var f in failures) stderr.WriteLine($"  {f.Location}: {f.Problem}");
            return ExitCodes.SomeFailed;
        }
        return ExitCodes.Ok;
    }
}
