using System.Text.Json;
using System.Text.Json.Nodes;
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
}
