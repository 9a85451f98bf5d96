using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Warc;

/// <summary>
/// Reads web archives (format <c>warc</c>: <c>.warc</c>, and <c>.warc.gz</c> with one or many gzip members),
/// streaming one record at a time. Takes <c>WARC-Type: response</c> records holding a 2xx HTTP response with an
/// HTML content type, decodes chunked transfer and content encodings and the charset, and hands the page to the
/// <see cref="IHtmlArticleExtractor"/> with <c>WARC-Target-URI</c> as its address (also the article id). Other
/// records (requests, metadata, images, redirects) are skipped quietly.
/// <para>Damage costs only the records it touches: a lying Content-Length, a truncated file, garbage between
/// records or corrupt gzip data yield a failure naming the file, the record number and its byte offset (in the
/// decompressed stream; gzip damage names the compressed offset), then reading resyncs on the next record.</para>
/// Thread-safe; each <see cref="Read(string, CancellationToken)"/> has its own state.
/// </summary>
/// <param name="extractor">finds the article in each HTML page.</param>
/// <param name="keepNonArticles">when false (default) a page the extractor judges not to be an article (an index, a login
/// wall) yields a failure saying why; when true it yields the text found anyway.</param>
/// <param name="limits">size limits (default <see cref="ReaderLimits.Default"/>).</param>
public sealed class WarcArticleReader(IHtmlArticleExtractor extractor, bool keepNonArticles = false, ReaderLimits? limits = null) : IStreamArticleReader
{
    private const int RecentIds = 64;
    private readonly ReaderLimits _limits = limits ?? ReaderLimits.Default;

    public string Format => "warc";

    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken)
    {
        Stream stream;
        try { stream = InputFiles.OpenRaw(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Fail(path, $"cannot read: {ex.Message}")];
        }
        return ReadOwned(stream, path, cancellationToken);
    }

    public IEnumerable<ReadItem> Read(Stream stream, string name, CancellationToken cancellationToken)
    {
        var peek = new PeekStream(stream, 2, ownsInner: false);
        ResilientGzipStream? gz = InputFiles.IsGzip(peek.Head)
            ? new ResilientGzipStream(stream.CanSeek ? Rewind(stream) : peek, head => head.StartsWith("WARC/"u8))
            : null;
        var source = new WarcByteSource(gz ?? (Stream)peek);
        var parser = new WarcRecordParser(source, _limits.MaxRecordBytes);
        var recent = new Queue<string>();
        var recentSet = new HashSet<string>(StringComparer.Ordinal);
        using var results = parser.Parse().GetEnumerator();
        bool anyRecord = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WarcParseResult result = default;
            string? ioError = null;
            bool more = false;
            try
            {
                more = results.MoveNext();
                if (more) result = results.Current;
            }
            catch (IOException ex)
            {
                ioError = $"input unreadable: {ex.Message}";
            }
            if (gz is not null)
                foreach (var e in gz.TakeErrors()) yield return ReadItem.Fail(name, $"gzip: {e}");
            if (ioError is not null) { yield return ReadItem.Fail(name, ioError); yield break; }
            if (!more) break;
            anyRecord = true;
            string location = Where.Record(name, result.Number, result.Offset);
            if (result.Error is not null) { yield return ReadItem.Fail(location, result.Error); continue; }
            var record = result.Record!;
            // why: resyncing inside damaged gzip may decode a member twice; a record id seen lately is not read again.
            if (record.RecordId is { } rid)
            {
                if (!recentSet.Add(rid)) continue;
                recent.Enqueue(rid);
                if (recent.Count > RecentIds) recentSet.Remove(recent.Dequeue());
            }
            if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)) continue;
            if (RecordGuard.BuildOrNull(location, () => ToItem(record, location)) is { } item) yield return item with { Record = result.Number };
        }
        if (!anyRecord) yield return ReadItem.Fail(name, "empty input: no WARC records");
        gz?.Dispose();
    }

    private ReadItem? ToItem(WarcRecord record, string location)
    {
        var limits = _limits;
        var response = HttpResponseDecoder.Decode(record.Block, limits.MaxRecordBytes);
        if (response.Error is not null) return ReadItem.Fail(location, response.Error);
        if (response.Html is null) return null;
        string? uri = record.TargetUri?.Trim('<', '>', ' ');
        if (TextGuard.LooksBinary(response.Html.AsSpan(0, Math.Min(response.Html.Length, 65_536)), limits.MaxBinaryRatio))
            return ReadItem.Fail(location, "content looks binary although declared HTML");
        HtmlExtraction extraction;
        try
        {
            extraction = extractor.Extract(response.Html, uri);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadItem.Fail(location, $"HTML extraction failed for {uri}: {ex.GetType().Name}: {ex.Message}");
        }
        if (!extraction.IsArticle && !keepNonArticles)
            return ReadItem.Fail(location, $"not an article: {extraction.NotArticleReason ?? "the extractor found no article"} ({uri})");
        var article = extraction.Article;
        if (TextGuard.Check(article.Text, limits) is { } problem) return ReadItem.Fail(location, $"{problem} ({uri})");
        string id = uri ?? record.RecordId ?? article.Id;
        var meta = article.Metadata with { Id = id, Url = article.Metadata.Url ?? uri };
        return ReadItem.Ok(location, article with { Id = id, Metadata = meta });
    }

    private static Stream Rewind(Stream s)
    {
        s.Position = 0;
        return s;
    }

    private IEnumerable<ReadItem> ReadOwned(Stream stream, string name, CancellationToken ct)
    {
        using (stream)
            foreach (var item in Read(stream, name, ct))
                yield return item;
    }
}
