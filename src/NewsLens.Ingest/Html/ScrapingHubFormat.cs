using System.Text.Json;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Writes extraction results in the ScrapingHub article-extraction-benchmark format: one JSON object
/// <c>{ "&lt;id&gt;": { "articleBody": "..." } }</c>, keys sorted ordinally so the output is byte-stable.
/// </summary>
public static class ScrapingHubFormat
{
    /// <summary>
    /// Writes all <paramref name="pages"/> as UTF-8 JSON (indented, no BOM) to <paramref name="output"/>, which is left
    /// open. A repeated page id throws <see cref="ArgumentException"/> before anything is written.
    /// </summary>
    public static void Write(IEnumerable<(string PageId, string ArticleBody)> pages, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, body) in pages)
        {
            ArgumentNullException.ThrowIfNull(id);
            if (!sorted.TryAdd(id, body ?? string.Empty))
                throw new ArgumentException($"page id '{id}' appears twice", nameof(pages));
        }
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        foreach (var (id, body) in sorted)
        {
            writer.WriteStartObject(id);
            writer.WriteString("articleBody", body);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.Flush();
    }
}
