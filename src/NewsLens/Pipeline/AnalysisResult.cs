using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>A document after a pipeline run, with what went wrong per analyzer.</summary>
public sealed record AnalysisResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<AnalyzerInfo> Analyzers)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
