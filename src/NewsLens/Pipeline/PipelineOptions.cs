namespace NewsLens.Pipeline;

/// <summary>Limits applied to every article.</summary>
public sealed record PipelineOptions
{
    /// <summary>Largest accepted text, in UTF-16 code units (default 5,000,000, about 5 MB of text).</summary>
    public int MaxTextLength { get; init; } = 5_000_000;

    /// <summary>Wall-clock budget per article; analyzers still running are cancelled and the rest skipped. Null: none.</summary>
    public TimeSpan? ArticleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Memory budget per article: bytes its analyzers may allocate on the analysing thread, checked after each analyzer;
    /// once over it the rest are skipped and the report says which (default 4 GiB; null: none). The analyzers' own
    /// worst-case bounds keep one analyzer's allocations linear in the text.
    /// </summary>
    public long? ArticleMemoryBudget { get; init; } = 4L << 30;
}
