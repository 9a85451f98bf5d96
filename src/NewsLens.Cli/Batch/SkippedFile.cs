namespace NewsLens.Cli.Batch;

/// <summary>A file met while walking a folder that was not read as an article, and why.</summary>
internal sealed record SkippedFile(string Location, string Why);
