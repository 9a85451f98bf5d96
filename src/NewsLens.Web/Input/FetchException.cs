namespace NewsLens.Web.Input;

/// <summary>A URL the fetcher refused or could not fetch; <see cref="Status"/> is the HTTP status to answer with.</summary>
public sealed class FetchException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
