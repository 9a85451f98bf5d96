using System.Diagnostics;
using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>
/// A frozen, thread-safe sequence of analyzers. Build once with <see cref="PipelineBuilder"/>, reuse for every article.
/// Each analyzer's failure is caught and recorded; analyzers that need a failed one's layers are skipped.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IAnalyzer[] _analyzers;
    private readonly LayerAccess[] _access;

    internal AnalysisPipeline(IAnalyzer[] analyzers, PipelineOptions options, Segmenter segmenter, PipelineInfo info)
    {
        Info = info;
        _analyzers = analyzers;
        _access = [.. analyzers.Select(a => new LayerAccess(a.Info.Id,
            new HashSet<LayerKey>([.. CoreLayers.All, .. a.Requires, .. a.ReadsIfPresent, .. a.Produces]), new HashSet<LayerKey>(a.Produces)))];
        Options = options;
        Segmenter = segmenter;
        Analyzers = [.. analyzers.Select(a => a.Info)];
        var producers = new Dictionary<string, AnalyzerInfo>(StringComparer.Ordinal);
        foreach (var a in analyzers)
            foreach (var p in a.Produces) producers[p.Name] = a.Info;
        LayerProducers = producers;
    }

    public PipelineOptions Options { get; }

    /// <summary>Which pipeline this is (name, encoder): recorded in every result.</summary>
    public PipelineInfo Info { get; }
    public Segmenter Segmenter { get; }
    public IReadOnlyList<AnalyzerInfo> Analyzers { get; }

    /// <summary>Layer name → the analyzer that writes it: a store keys each stored layer by its producer's version and model hash.</summary>
    public IReadOnlyDictionary<string, AnalyzerInfo> LayerProducers { get; }

    /// <summary>Creates the document and analyses it.</summary>
    /// <exception cref="InputRejectedException">when the text exceeds <see cref="PipelineOptions.MaxTextLength"/>.</exception>
    public AnalysisResult Analyze(string text, ArticleMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxTextLength)
            throw new InputRejectedException(metadata?.Id ?? "<input>",
                $"text is {text.Length:N0} characters, over the limit of {Options.MaxTextLength:N0} (raise it with --max-chars)");
        return Run(Document.Create(text, metadata, Segmenter), cancellationToken);
    }

    /// <summary>The <see cref="Diagnostic.Source"/> of warnings about the input text itself.</summary>
    public const string InputDiagnosticSource = "newslens.input";

    /// <summary>Runs every analyzer over an existing document.</summary>
    public AnalysisResult Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<Diagnostic>();
        // why: every reader turns bytes invalid in their encoding into U+FFFD; say so in the report rather than silently
        if (document.Text.AsSpan().Count('\uFFFD') is int replaced and > 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, InputDiagnosticSource,
                $"the text holds {replaced:N0} replacement character(s) (U+FFFD): bytes not valid in the input's encoding were replaced"));
        var failed = new HashSet<LayerKey>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.ArticleTimeout is { } t) timeout.CancelAfter(t);
        var ct = timeout.Token;
        var timings = new List<AnalyzerTiming>(_analyzers.Length);
        long articleAllocated = 0;
        for (int i = 0; i < _analyzers.Length; i++)
        {
            var analyzer = _analyzers[i];
            cancellationToken.ThrowIfCancellationRequested();
            var missing = analyzer.Requires.FirstOrDefault(failed.Contains);
            if (missing is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, analyzer.Info.Id, $"skipped: required layer '{missing.Name}' is missing because an earlier analyzer failed"));
                foreach (var p in analyzer.Produces) failed.Add(p);
                continue;
            }
            if (Options.ArticleMemoryBudget is { } budget && articleAllocated > budget)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, analyzer.Info.Id,
                    $"skipped: the article memory budget of {budget / 1048576.0:0.#} MB was reached ({articleAllocated / 1048576.0:0.#} MB allocated)"));
                foreach (var p in analyzer.Produces) failed.Add(p);
                continue;
            }
            if (ct.IsCancellationRequested)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, analyzer.Info.Id, $"skipped: the article time limit of {Options.ArticleTimeout?.TotalSeconds:0.#} s was reached"));
                foreach (var p in analyzer.Produces) failed.Add(p);
                continue;
            }
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long started = Stopwatch.GetTimestamp();
            bool ran = false;
            try
            {
                document.BeginAccess(_access[i]);
                analyzer.Analyze(document, ct);
                var elapsed = Stopwatch.GetElapsedTime(started);
                timings.Add(new AnalyzerTiming(analyzer.Info.Id, elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated));
                ran = true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, analyzer.Info.Id, $"cancelled: the article time limit of {Options.ArticleTimeout?.TotalSeconds:0.#} s was reached"));
                foreach (var p in analyzer.Produces) failed.Add(p);
            }
            catch (Exception ex)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, analyzer.Info.Id, $"failed: {ex.GetType().Name}: {ex.Message}"));
                foreach (var p in analyzer.Produces) failed.Add(p);
            }
            finally
            {
                document.EndAccess();
                articleAllocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
            if (ran && analyzer is IReportsLimits limits && limits.LimitNote(document) is { } note)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, analyzer.Info.Id, note));
        }
        return new AnalysisResult(document, diagnostics, Analyzers) { Timings = timings, Pipeline = Info };
    }
}
