namespace NewsLens.Ingest.Common;

/// <summary>
/// Bounds every reader applies to its input, so that a hostile or broken file costs at most one failed record.
/// Immutable; share one instance.
/// </summary>
public sealed record ReaderLimits
{
    public static readonly ReaderLimits Default = new();

    /// <summary>Longest article text accepted, in UTF-16 chars (default 5,000,000). Longer records fail; reading goes on.</summary>
    public int MaxRecordChars { get; init; } = 5_000_000;

    /// <summary>
    /// Largest raw record buffered before parsing (a JSON line, a WARC block, a CSV row), in bytes (default 32 MB).
    /// Raw records are larger than their text (markup, escapes), hence the margin over <see cref="MaxRecordChars"/>.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Longest id, title, source or author name accepted, in UTF-16 chars (default 2,000). A longer field fails its record, named.</summary>
    public int MaxFieldChars { get; init; } = 2_000;

    /// <summary>Longest URL accepted, in UTF-16 chars (default 8,192). A longer one fails its record, named.</summary>
    public int MaxUrlChars { get; init; } = 8_192;

    /// <summary>Most authors accepted for one record (default 200).</summary>
    public int MaxAuthors { get; init; } = 200;

    /// <summary>Deepest element or value nesting accepted in XML and JSON (default 256).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Share of suspicious chars (NUL, C0 controls other than whitespace, U+FFFD from undecodable bytes) in the first
    /// 64K chars above which a text is treated as binary and fails (default 0.10).
    /// </summary>
    public double MaxBinaryRatio { get; init; } = 0.10;
}
