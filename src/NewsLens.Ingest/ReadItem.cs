namespace NewsLens.Ingest;

/// <summary>
/// One record a reader produced: either an <see cref="Article"/> or an <see cref="Error"/> saying what is wrong with
/// the record named by <see cref="Location"/> (file path plus line, record number or offset). Readers never throw for a
/// bad record; they yield an error item and go on.
/// </summary>
public sealed record ReadItem(string Location, ArticleInput? Article, string? Error)
{
    public static ReadItem Ok(string location, ArticleInput article) => new(location, article, null);
    public static ReadItem Fail(string location, string error) => new(location, null, error);
    public bool IsOk => Article is not null;
}
