namespace NewsLens.Ingest.Warc;

/// <summary>A WARC record read whole: its headers (names case-insensitive) and its block.</summary>
internal sealed record WarcRecord(long Number, long Offset, Dictionary<string, string> Headers, byte[] Block)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string? Type => Header("WARC-Type");
    public string? TargetUri => Header("WARC-Target-URI");
    public string? RecordId => Header("WARC-Record-ID");
}

/// <summary>What the record parser produced: a record, a failure of the record starting at <see cref="Offset"/>, or a record skipped unread.</summary>
internal readonly record struct WarcParseResult(long Number, long Offset, WarcRecord? Record, string? Error);
