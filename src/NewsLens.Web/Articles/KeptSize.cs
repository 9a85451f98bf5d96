using System.Runtime.CompilerServices;
using NewsLens.Text;

namespace NewsLens.Web.Articles;

/// <summary>
/// The approximate bytes a kept article holds on the heap: its text (two bytes a char), its segmentation (the size of
/// each token, sentence and paragraph) and its reported layers (<see cref="BytesPerLayerItem"/> per item: layer items
/// hold offsets into the text and short labels, not copies of it). An estimate for bounding memory, not an exact count.
/// </summary>
public static class KeptSize
{
    /// <summary>Heap bytes assumed per layer item (an object with a few offsets, numbers and short strings).</summary>
    public const int BytesPerLayerItem = 160;

    public static long Of(StoredArticle article)
    {
        var doc = article.Result.Document;
        long bytes = 2L * doc.Text.Length + (long)doc.Tokens.Count * Unsafe.SizeOf<Token>()
            + (long)doc.Sentences.Count * Unsafe.SizeOf<Sentence>() + (long)doc.Paragraphs.Count * Unsafe.SizeOf<Paragraph>();
        // why: counting, not serialising, the layers: a second serialisation per request cost the API throughput
        foreach (var key in doc.ReportedLayerKeys)
            bytes += (long)Count(doc.GetUntyped(key)) * BytesPerLayerItem;
        return bytes;
    }

    private static int Count(object? items)
    {
        if (items is System.Collections.ICollection c) return c.Count;
        int n = 0;
        if (items is System.Collections.IEnumerable e)
            foreach (var _ in e) n++;
        return n;
    }
}
