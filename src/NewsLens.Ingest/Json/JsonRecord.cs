using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Json;

/// <summary>Parses one JSON record (the bytes of one object) into a <see cref="ReadItem"/>.</summary>
internal static class JsonRecord
{
    public static ReadItem ToItem(ReadOnlyMemory<byte> bytes, string location, string fallbackId, IHtmlArticleExtractor? extractor, ReaderLimits limits)
    {
        // why: System.Text.Json rejects invalid UTF-8; re-decoding with replacement keeps the record, and the binary
        // check afterwards still fails records that are mostly garbage.
        if (!Utf8.IsValid(bytes.Span))
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes.Span));
        var options = new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        try
        {
            using var doc = JsonDocument.Parse(bytes, options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ReadItem.Fail(location, $"expected a JSON object, found {doc.RootElement.ValueKind}");
            var fields = JsonFieldMapper.Map(doc.RootElement);
            return ArticleFactory.Build(location, fallbackId, fields, extractor, limits);
        }
        catch (JsonException ex)
        {
            return ReadItem.Fail(location, $"invalid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // why: a string escape such as "\ud800" parses, but reading it as text throws; the record fails alone
            return ReadItem.Fail(location, $"invalid JSON string (a lone UTF-16 surrogate escape or a value of the wrong kind): {ex.Message}");
        }
    }
}
