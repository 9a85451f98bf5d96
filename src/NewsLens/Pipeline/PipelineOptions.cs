namespace NewsLens.Pipeline;

/// <summary>Limits applied to every article.</summary>
public sealed record PipelineOptions
{
    /// <summary>Largest accepted text, in UTF-16 code units (default 5,000,000, about 5 MB of text).</summary>
    public int MaxTextLength { get; init; } = 5_000_000;

    /// <summary>Wall-clock budget per article; analyzers still running are cancelled and the rest skipped. Null: none.</summary>
    public TimeSpan? ArticleTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
