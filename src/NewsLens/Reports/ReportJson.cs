using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Reports;

/// <summary>
/// Builds and serialises <see cref="ArticleReport"/>s. Output is deterministic: the same document, layers and
/// analyzers give byte-identical JSON (no clocks, no machine names, stable property order).
/// HTML-sensitive characters are escaped, so the JSON is safe to embed in a page.
/// </summary>
public static class ReportJson
{
    public static readonly string GeneratorVersion =
        typeof(ReportJson).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        o.Converters.Add(new IsoDateConverter());
        // why: a report states the article id once, at its top; the metadata record carries it too
        o.TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { ti => { if (ti.Type == typeof(ArticleMetadata)) ti.Properties.Remove(ti.Properties.Single(p => p.Name == "id")); } },
        };
        o.MakeReadOnly();
        return o;
    }

    public static ArticleReport Build(AnalysisResult result)
    {
        var doc = result.Document;
        var layers = new JsonObject();
        foreach (var key in doc.ReportedLayerKeys)
        {
            var items = doc.GetUntyped(key);
            if (items is null) continue;
            var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
            layers[key.Name] = JsonSerializer.SerializeToNode(items, listType, Options);
        }
        return BuildShell(result) with { Text = doc.Text, Layers = layers };
    }

    /// <summary>
    /// The report with an empty <c>text</c> and no layers: a store keeps the text and each layer apart and puts them
    /// back into this shell, which gives the report <see cref="Build"/> gives, byte for byte.
    /// </summary>
    public static ArticleReport BuildShell(AnalysisResult result)
    {
        var doc = result.Document;
        var m = doc.Metadata;
        return new ArticleReport
        {
            Generator = new GeneratorInfo("newslens", GeneratorVersion),
            Id = m.Id,
            Metadata = m,
            Text = "",
            Paragraphs = [.. doc.Paragraphs.Select(p => p.Span)],
            Sentences = [.. doc.Sentences.Select(s => s.Span)],
            Pipeline = result.Pipeline,
            Analyzers = result.Analyzers,
            Diagnostics = result.Diagnostics,
            Layers = new JsonObject(),
        };
    }

    public static string Serialize(ArticleReport report, bool indented = true) =>
        JsonSerializer.Serialize(report, indented ? Options : CompactOptions);

    public static string Serialize(AnalysisResult result, bool indented = true) => Serialize(Build(result), indented);

    public static ArticleReport? Deserialize(string json) => JsonSerializer.Deserialize<ArticleReport>(json, Options);
}
