namespace NewsLens.Pipeline;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the pipeline noticed while analysing one article: a failed or skipped analyzer, a limit hit.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Source, string Message);
