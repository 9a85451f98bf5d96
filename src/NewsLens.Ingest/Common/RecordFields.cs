namespace NewsLens.Ingest.Common;

/// <summary>The fields a structured record (JSON object, CSV row) may carry, before they become an article.</summary>
internal sealed class RecordFields
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? Published { get; set; }
    public List<string> Authors { get; } = [];
}
