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
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required GeneratorInfo Generator { get; init; }
    public string? Id { get; init; }
    public required ReportMetadata Metadata { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }
    public required IReadOnlyList<TextSpan> Sentences { get; init; }
    public required IReadOnlyList<AnalyzerInfo> Analyzers { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>Layer name → items, in the order the pipeline wrote them.</summary>
    public required JsonObject Layers { get; init; }
}

/// <summary>The program that wrote a report.</summary>
public sealed record GeneratorInfo(string Name, string Version);

/// <summary>Article metadata as a report carries it; dates are ISO-8601.</summary>
public sealed record ReportMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Published { get; init; }
    public string? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Language { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>The input file (and record in it) the article was read from; absent for text given directly.</summary>
    public InputRef? Input { get; init; }
}
