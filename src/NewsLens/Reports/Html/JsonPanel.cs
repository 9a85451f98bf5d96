using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Text;

namespace NewsLens.Reports.Html;

/// <summary>
/// A layer without highlights (a profile, a tally) drawn from its JSON form: objects as definition lists, rows of flat
/// objects as tables, nested values to a bounded depth. Every value is HTML-encoded.
/// </summary>
internal static class JsonPanel
{
    public static void Append(StringBuilder sb, LayerKey key, Document doc)
    {
        var items = doc.GetUntyped(key);
        if (items is null) return;
        var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
        var node = JsonSerializer.SerializeToNode(items, listType, ReportJson.Options) as JsonArray;
        if (node is null || node.Count == 0) return;
        sb.Append("<section class=\"panel p-").Append(HtmlBits.Id(key.Name)).Append("\" aria-label=\"").Append(HtmlBits.Enc.Encode(key.Name)).Append("\">\n<h2>")
          .Append(HtmlBits.Enc.Encode(HtmlBits.Humanize(key.Name))).Append("</h2>\n");
        foreach (var item in node) AppendNode(sb, item, 0);
        sb.Append("</section>\n");
    }

    private static void AppendNode(StringBuilder sb, JsonNode? node, int depth)
    {
        if (depth > 7) { sb.Append("…"); return; }
        switch (node)
        {
            case null:
                sb.Append("<span class=\"null\">—</span>");
                break;
            case JsonObject obj:
                sb.Append("<dl>");
                foreach (var (k, v) in obj)
                {
                    sb.Append("<dt>").Append(HtmlBits.Enc.Encode(HtmlBits.Humanize(k))).Append("</dt><dd>");
                    AppendNode(sb, v, depth + 1);
                    sb.Append("</dd>");
                }
                sb.Append("</dl>\n");
                break;
            case JsonArray arr:
                if (arr.Count == 2 && arr.All(x => x is JsonValue v && v.TryGetValue<int>(out _)))
                {
                    sb.Append(HtmlBits.Enc.Encode(arr.ToJsonString()));
                    break;
                }
                if (arr.Count > 0 && arr.All(IsSpanArray))
                {
                    sb.Append(HtmlBits.Enc.Encode(string.Join(", ", arr.Take(8).Select(x => x!.AsArray()[0] + "–" + x!.AsArray()[1]))));
                    break;
                }
                if (arr.Count > 0 && arr.All(x => x is JsonObject o && o.All(kv => kv.Value is null or JsonValue || (kv.Value is JsonArray a && a.All(IsSpanArray)))))
                {
                    AppendTable(sb, arr);
                    break;
                }
                sb.Append("<ul>");
                foreach (var v in arr.Take(50)) { sb.Append("<li>"); AppendNode(sb, v, depth + 1); sb.Append("</li>"); }
                sb.Append("</ul>");
                break;
            case JsonValue val:
                if (val.TryGetValue<double>(out var dbl))
                    sb.Append(HtmlBits.Enc.Encode(dbl.ToString("0.###", CultureInfo.InvariantCulture)));
                else
                    sb.Append(HtmlBits.Enc.Encode(HtmlBits.Truncate(val.ToString(), 400)));
                break;
        }
    }

    private static bool IsSpanArray(JsonNode? n) =>
        n is JsonArray { Count: 2 } a && a.All(x => x is JsonValue v && v.TryGetValue<int>(out _));

    // Rows of flat objects read best as a table; rows whose "count" is zero say nothing and are left out.
    private static void AppendTable(StringBuilder sb, JsonArray rows)
    {
        var keys = rows.OfType<JsonObject>().SelectMany(o => o.Select(kv => kv.Key)).Distinct().ToList();
        sb.Append("<table><thead><tr>");
        foreach (var k in keys) sb.Append("<th>").Append(HtmlBits.Enc.Encode(HtmlBits.Humanize(k))).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows.OfType<JsonObject>().Take(100))
        {
            if (row["count"] is JsonValue c && c.TryGetValue<int>(out var n) && n == 0) continue;
            sb.Append("<tr>");
            foreach (var k in keys) { sb.Append("<td>"); AppendNode(sb, row[k], 7); sb.Append("</td>"); }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>\n");
    }
}
