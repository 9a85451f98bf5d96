namespace NewsLens.Cli.Store;

/// <summary>What `newslens ingest` was asked to do.</summary>
internal sealed record IngestSettings
{
    public required IReadOnlyList<string> Paths { get; init; }
    public string Db { get; init; } = DbOption.Default;
    public string? InputFormat { get; init; }
    public string? ModelsDir { get; init; }
    public NewsLens.Pipeline.PipelineKind Pipeline { get; init; } = NewsLens.Pipeline.PipelineKind.Accurate;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public int MaxChars { get; init; } = 5_000_000;
    public double TimeoutSeconds { get; init; } = 60;
    /// <summary>Articles per transaction: each commits with its ingest progress, or not at all.</summary>
    public int BatchSize { get; init; } = 256;
    public bool Quiet { get; init; }

    /// <summary>After storing, group the store's articles into stories and link near-duplicates (see <see cref="StoreStories"/>).</summary>
    public bool Stories { get; init; } = true;

    /// <summary>A fact-check index to match each article's check-worthy claims against; null: the store's own (<see cref="StoreFactChecks"/>) when present.</summary>
    public string? FactChecks { get; init; }
}
