namespace NewsLens.Ingest.Html;

/// <summary>What the page's JSON-LD says about the article, raw strings as found (first article object wins).</summary>
internal sealed class JsonLdInfo
{
    public static readonly JsonLdInfo None = new();

    public bool HasArticle { get; set; }
    public string? Type { get; set; }
    public string? Headline { get; set; }
    public string? Published { get; set; }
    public string? Modified { get; set; }
    public List<string> Authors { get; } = [];
    public string? Publisher { get; set; }
    public string? Section { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
}
