using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>A document after a pipeline run, with what went wrong per analyzer.</summary>
public sealed record AnalysisResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<AnalyzerInfo> Analyzers)
{
    /// <summary>Wall-clock time each analyzer took on this article, in run order. Not part of reports (not deterministic).</summary>
    public IReadOnlyList<AnalyzerTiming> Timings { get; init; } = [];

    /// <summary>The pipeline that produced this result.</summary>
    public PipelineInfo Pipeline { get; init; } = PipelineInfo.Custom;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
