using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Json;

/// <summary>
/// Reads JSON Lines (format <c>jsonl</c>, also <c>.ndjson</c>; gzip-compressed input is detected): one JSON object
/// per line, holding one line in memory at a time. Fields: see <see cref="JsonArticleReader"/>. Blank lines are
/// skipped; a bad line (invalid JSON, too deep, too long, no text) yields a failure naming <c>path:line</c> and
/// reading goes on. Thread-safe.
/// </summary>
public sealed class JsonLinesReader(IHtmlArticleExtractor? extractor = null, ReaderLimits? limits = null) : StreamArticleReader(limits)
{
    public override string Format => "jsonl";

    private protected override IEnumerable<ReadItem> Parse(PeekStream peeked, string name, CancellationToken cancellationToken)
    {
        var lines = new ByteLineReader(peeked, Limits.MaxRecordBytes);
        bool any = false;
        string? ioError = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ByteLine line;
            try
            {
                if (!lines.TryRead(out line)) break;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                // why: a truncated or corrupt gzip stream ends the input, but what was read before stands.
                ioError = $"input unreadable after {(any ? "the last good line" : "the start")}: {ex.Message}";
                break;
            }
            var bytes = line.Bytes.Span;
            if (line.Number == 1 && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
            if (!line.TooLong && bytes.Trim(" \t\r\f"u8).IsEmpty) continue;
            any = true;
            string location = Where.Line(name, line.Number);
            if (line.TooLong)
            {
                yield return ReadItem.Fail(location, $"record too long: {line.Length:N0} bytes (limit {Limits.MaxRecordBytes:N0})");
                continue;
            }
            var record = line.Bytes[(line.Bytes.Length - bytes.Length)..];
            long number = line.Number;
            yield return RecordGuard.Build(location, () => JsonRecord.ToItem(record, location, ArticleIds.FromRecord(name, number), extractor, Limits)) with { Record = number };
        }
        if (ioError is not null) yield return ReadItem.Fail(name, ioError);
        else if (!any) yield return ReadItem.Fail(name, "empty input");
    }
}
