using System.Runtime.CompilerServices;
using System.Text.Json;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Web.Articles;

/// <summary>
/// The approximate bytes a kept article holds on the heap: its text (two bytes a char), its segmentation (the size of
/// each token, sentence and paragraph) and its reported layers (the UTF-8 size of their JSON, which tracks the size of
/// their objects). An estimate for bounding memory, not an exact count.
/// </summary>
public static class KeptSize
{
    public static long Of(StoredArticle article)
    {
        var doc = article.Result.Document;
        long bytes = 2L * doc.Text.Length + (long)doc.Tokens.Count * Unsafe.SizeOf<Token>()
            + (long)doc.Sentences.Count * Unsafe.SizeOf<Sentence>() + (long)doc.Paragraphs.Count * Unsafe.SizeOf<Paragraph>();
        foreach (var key in doc.ReportedLayerKeys)
            if (doc.GetUntyped(key) is { } items)
                bytes += JsonSerializer.SerializeToUtf8Bytes(items, typeof(IReadOnlyList<>).MakeGenericType(key.ItemType), ReportJson.CompactOptions).LongLength;
        return bytes;
    }
}
