using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Json;

/// <summary>
/// Reads a JSON file (format <c>json</c>): a single article object, an array of them, or concatenated objects,
/// streaming one record at a time however large the array. Gzip-compressed input is detected.
/// <para>Fields, matched case-insensitively ignoring '-' and '_': <c>id</c>/<c>uuid</c>/<c>_id</c> (also
/// <c>{"$oid"}</c>), <c>title</c>/<c>headline</c>, <c>text</c>/<c>body</c>/<c>content</c>/<c>articleBody</c>/
/// <c>body-paragraphs</c> (a string, or an array of paragraphs, each a string or an array of sentences), <c>html</c>
/// (sent to the <see cref="IHtmlArticleExtractor"/> when there is no text), <c>url</c>/<c>link</c>,
/// <c>date</c>/<c>published</c>/<c>datePublished</c> (ISO 8601, RFC 1123, "March 5, 2019", epoch seconds or ms,
/// MongoDB <c>{"$date"}</c>), <c>source</c>/<c>outlet</c>/<c>publisher</c>, <c>authors</c>/<c>author</c>.</para>
/// A bad record yields a failure naming <c>path#record@byte</c>; reading goes on with the next element.
/// A truncated file fails once at the point it ends. Thread-safe.
/// </summary>
public sealed class JsonArticleReader(IHtmlArticleExtractor? extractor = null, ReaderLimits? limits = null) : StreamArticleReader(limits)
{
    public override string Format => "json";

    private protected override IEnumerable<ReadItem> Parse(PeekStream peeked, string name, CancellationToken cancellationToken)
    {
        var splitter = new JsonValueSplitter(peeked, Limits.MaxRecordBytes, Limits.MaxDepth);
        using var chunks = splitter.Split().GetEnumerator();
        bool any = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            JsonChunk chunk = default;
            string? ioError = null;
            try
            {
                if (!chunks.MoveNext()) break;
                chunk = chunks.Current;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                // why: a truncated or corrupt gzip stream ends the input, but the records before it stand.
                ioError = $"input unreadable: {ex.Message}";
            }
            if (ioError is not null)
            {
                any = true;
                yield return ReadItem.Fail(name, ioError);
                break;
            }
            any = true;
            string location = Where.Record(name, chunk.Number, chunk.Offset);
            if (chunk.Error is not null)
            {
                yield return ReadItem.Fail(location, chunk.Error);
                continue;
            }
            // why: a file holding one object is one article, named after the file; array elements get #n.
            long? record = chunk.InArray || chunk.Number > 1 ? chunk.Number : null;
            yield return RecordGuard.Build(location, () => JsonRecord.ToItem(chunk.Bytes, location, ArticleIds.Fallback(name, record), extractor, Limits)) with { Record = record };
        }
        if (!any) yield return ReadItem.Fail(name, "empty input");
    }
}
