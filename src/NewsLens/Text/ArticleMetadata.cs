namespace NewsLens.Text;

/// <summary>What is known about an article besides its text. All fields optional.</summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    /// <summary>Identifier given by the input (file name, record id, WARC target URI...).</summary>
    public string? Id { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    /// <summary>Publishing outlet or site name as the input states it.</summary>
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    /// <summary>BCP-47 language tag, when known.</summary>
    public string? Language { get; init; }
    public string? Section { get; init; }
    /// <summary>Outbound links, with offsets into the document text.</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>The input the article was read from, when it came from a file or stream.</summary>
    public InputRef? Input { get; init; }
}

/// <summary>An outbound hyperlink: its target, anchor text and where the anchor sits in the document text.</summary>
public sealed record Link(string Href, string AnchorText, TextSpan Span);
