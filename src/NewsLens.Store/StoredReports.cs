using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Store;

/// <summary>Puts a stored report back together: the shell, the text and the layers in their order give the report as analysed, byte for byte.</summary>
public static class StoredReports
{
    /// <param name="layers">layer name and JSON, in report order.</param>
    public static string Assemble(string shell, string text, IEnumerable<(string Name, string Json)> layers, bool indented)
    {
        var report = JsonNode.Parse(shell)!.AsObject();
        report["text"] = text;
        var layerObject = new JsonObject();
        foreach (var (name, json) in layers) layerObject[name] = JsonNode.Parse(json);
        report["layers"] = layerObject;
        return report.ToJsonString(indented ? ReportJson.Options : ReportJson.CompactOptions);
    }

    /// <summary>The article's metadata as the report shell recorded it, its id included.</summary>
    /// <exception cref="JsonException">when the shell is not a report.</exception>
    public static ArticleMetadata Metadata(string shell)
    {
        var report = JsonNode.Parse(shell)!.AsObject();
        var metadata = report["metadata"]?.Deserialize<ArticleMetadata>(ReportJson.Options) ?? ArticleMetadata.Empty;
        return metadata with { Id = report["id"]?.GetValue<string>() };
    }

    private static readonly MethodInfo SetMethod = typeof(Document).GetMethods().Single(m => m.Name == nameof(Document.Set) && m.IsGenericMethodDefinition);

    /// <summary>
    /// The analysis a stored report records, read back: the text segmented again by <paramref name="segmenter"/> (the
    /// one that analysed it: segmentation is deterministic) and every layer typed again, so the HTML and Markdown
    /// writers draw it without analysing the article again. Its JSON report is the stored one, byte for byte.
    /// </summary>
    /// <exception cref="StoreException">when the report names a layer this program does not know, or its
    /// segmentation differs from the stored one (another segmenter analysed it).</exception>
    public static AnalysisResult Result(string reportJson, Segmenter segmenter)
    {
        var report = ReportJson.Deserialize(reportJson) ?? throw new StoreException("the stored report is JSON null");
        var doc = Document.Create(report.Text, report.Metadata with { Id = report.Id }, segmenter);
        if (!doc.Sentences.Select(s => s.Span).SequenceEqual(report.Sentences) || !doc.Paragraphs.Select(p => p.Span).SequenceEqual(report.Paragraphs))
            throw new StoreException($"article '{report.Id}': its stored sentences differ from this segmenter's; it was analysed by another program version");
        foreach (var (name, node) in report.Layers)
        {
            var key = ReportLayers.Find(name) ?? throw new StoreException($"article '{report.Id}': layer '{name}' is unknown to this program version");
            var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
            SetMethod.MakeGenericMethod(key.ItemType).Invoke(doc, [key, node.Deserialize(listType, ReportJson.Options)]);
        }
        return new AnalysisResult(doc, report.Diagnostics, report.Analyzers) { Pipeline = report.Pipeline ?? PipelineInfo.Custom };
    }
}
