namespace NewsLens.Ingest.Csv;

/// <summary>One parsed CSV record: its fields, or the error that broke it, and the line it starts on.</summary>
internal sealed record CsvRow(List<string> Fields, long Line, string? Error);
