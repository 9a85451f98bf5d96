namespace NewsLens.Web.Input;

/// <summary>Settings of URL fetching (<c>NewsLens:UrlFetch:*</c>). Off unless the operator turns it on.</summary>
public sealed record UrlFetchOptions
{
    public bool Enabled { get; init; }

    /// <summary>Largest page body read, in bytes (default 5 MB); a longer one is refused.</summary>
    public long MaxBytes { get; init; } = 5_000_000;

    /// <summary>Whole fetch, redirects included (default 10 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; init; } = 5;
}
