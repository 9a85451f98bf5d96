namespace NewsLens.Store;

/// <summary>A summary of a store: articles, duplicates met, outlets, date range, layers by analyzer version, file size.</summary>
public sealed record StoreStats(
    long Articles,
    long Duplicates,
    long Outlets,
    IReadOnlyList<(string Outlet, long Articles)> TopOutlets,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<LayerCount> Layers,
    long Links,
    long Bytes,
    int SchemaVersion);

/// <summary>How many articles hold layer <see cref="Name"/> written by one analyzer version and model.</summary>
public sealed record LayerCount(string Name, string Analyzer, string Version, string? ModelSha256, long Articles);
