namespace NewsLens.Web;

/// <summary>Bounds on what one request may ask of the server.</summary>
public static class WebLimits
{
    /// <summary>Largest request body accepted, in bytes (10 MB).</summary>
    public const long MaxRequestBytes = 10_000_000;

    /// <summary>Longest id, title or source accepted, in chars (as the readers: <c>ReaderLimits.MaxFieldChars</c>).</summary>
    public const int MaxFieldChars = 2_000;

    /// <summary>Longest URL accepted, in chars (as the readers: <c>ReaderLimits.MaxUrlChars</c>).</summary>
    public const int MaxUrlChars = 8_192;

    /// <summary>The first field of a request over its limit, as a problem detail; null when all are within them.</summary>
    public static string? FieldProblem(string? id, string? title, string? source, string? url)
    {
        foreach (var (name, value) in new[] { ("id", id), ("title", title), ("source", source) })
            if (value is { Length: > MaxFieldChars }) return $"'{name}' is {value.Length:N0} characters, over the limit of {MaxFieldChars:N0}";
        return url is { Length: > MaxUrlChars } ? $"'url' is {url.Length:N0} characters, over the limit of {MaxUrlChars:N0}" : null;
    }
}
