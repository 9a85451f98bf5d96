namespace NewsLens.Ingest;

/// <summary>
/// One record a reader produced: either an <see cref="Article"/> or an <see cref="Error"/> saying what is wrong with
/// the record named by <see cref="Location"/> (file path plus line, record number or offset), or, for a file met while
/// walking a folder that is not an article (README, checksums, hidden files), a <see cref="Skipped"/> note. Readers
/// never throw for a bad record; they yield an error item and go on.
/// </summary>
public sealed record ReadItem(string Location, ArticleInput? Article, string? Error)
{
    public static ReadItem Ok(string location, ArticleInput article) => new(location, article, null);
    public static ReadItem Fail(string location, string error) => new(location, null, error);
    public static ReadItem Skip(string location, string why) => new(location, null, null) { Skipped = why };

    /// <summary>1-based number of the record in a multi-record input (the line number for JSON Lines), else null.</summary>
    public long? Record { get; init; }

    /// <summary>Why this file was not read as an article, when it was skipped; null otherwise.</summary>
    public string? Skipped { get; init; }

    public bool IsOk => Article is not null;
}
