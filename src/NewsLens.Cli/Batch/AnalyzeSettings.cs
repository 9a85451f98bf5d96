using NewsLens.Reports;

namespace NewsLens.Cli.Batch;

/// <summary>What `newslens analyze` was asked to do.</summary>
internal sealed record AnalyzeSettings
{
    public required IReadOnlyList<string> Paths { get; init; }
    public IReportWriter Format { get; init; } = ReportWriters.Default;
    public string? Output { get; init; }
    public string? InputFormat { get; init; }
    public string? ModelsDir { get; init; }
    public NewsLens.Pipeline.PipelineKind Pipeline { get; init; } = NewsLens.Pipeline.PipelineKind.Accurate;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public int MaxChars { get; init; } = 5_000_000;
    public double TimeoutSeconds { get; init; } = 60;
    public bool Resume { get; init; }
    public bool Quiet { get; init; }
    /// <summary>A fact-check index (<c>--factchecks</c>): adds the <c>factChecks</c> layer.</summary>
    public string? FactChecks { get; init; }
}
