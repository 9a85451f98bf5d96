using System.Text.Json.Nodes;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Reports;

/// <summary>
/// The JSON contract of one analysed article. Offsets are UTF-16 <c>[start, end)</c> into <see cref="Text"/>.
/// Bump <see cref="CurrentSchemaVersion"/> on any breaking change.
/// </summary>
public sealed record ArticleReport
{
    public const string CurrentSchemaVersion = "1.3";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required GeneratorInfo Generator { get; init; }
    public string? Id { get; init; }
    /// <summary>The article's metadata (its id is the report's <c>id</c>); dates are written as ISO-8601 to the second.</summary>
    public required ArticleMetadata Metadata { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }
    public required IReadOnlyList<TextSpan> Sentences { get; init; }
    /// <summary>The pipeline (<c>accurate</c> or <c>fast</c>) and, for <c>accurate</c>, the encoder's name and SHA-256. Since 1.2.</summary>
    public PipelineInfo? Pipeline { get; init; }
    public required IReadOnlyList<AnalyzerInfo> Analyzers { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>Layer name → items, in the order the pipeline wrote them.</summary>
    public required JsonObject Layers { get; init; }
}

/// <summary>The program that wrote a report.</summary>
public sealed record GeneratorInfo(string Name, string Version);
