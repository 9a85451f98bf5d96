using NewsLens.Stories;

namespace NewsLens.Cli.Store;

/// <summary>One article of a story as `stories` prints it: what clustering read, its lean and verdict, its MinHash
/// signature, its id in the store (null when read from files) and the earliest article read or stored whose text it near-duplicates.</summary>
internal sealed record StoryRow(StoryArticle Article, string? Lean, double[]? LeanProbabilities, double? Hyperpartisan, uint[] Signature, long? StoreId = null)
{
    public string? NearDuplicateOf { get; init; }

    /// <summary>Estimated Jaccard similarity with <see cref="NearDuplicateOf"/>; 0 when that is null.</summary>
    public double NearDuplicateSimilarity { get; init; }
}
