namespace NewsLens.Ingest.Html;

/// <summary>What one walk over the DOM found: text blocks, block elements and metadata-bearing elements.</summary>
internal sealed class PageScan
{
    public List<TextBlock> Blocks { get; } = new(256);
    public List<NodeRecord> Records { get; } = new(512);
    /// <summary>Metadata candidates from the body (time, itemprop, rel=author, bylines), in document order.</summary>
    public List<BodyHint> BodyHints { get; } = [];
    /// <summary>Password fields seen (login walls).</summary>
    public int PasswordInputs { get; set; }
    public int ElementCount { get; set; }
}
