using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Csv;

/// <summary>How <see cref="CsvArticleReader"/> reads a delimited file.</summary>
public sealed record CsvReaderOptions
{
    public static readonly CsvReaderOptions Default = new();

    /// <summary>The field delimiter; null (default) detects it from the header line among ',', ';' and TAB.</summary>
    public char? Delimiter { get; init; }

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}
