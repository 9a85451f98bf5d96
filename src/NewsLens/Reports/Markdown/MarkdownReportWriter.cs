using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Pipeline;
using NewsLens.Reports.Html;

namespace NewsLens.Reports.Markdown;

/// <summary>
/// A short Markdown summary of one analysed article, readable in a terminal: metadata, the article-level verdicts,
/// and the first items of each highlighted layer. Article text is quoted with Markdown-significant characters escaped.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Name => "md";
    public IReadOnlyList<string> Aliases => ["markdown"];
    public string FileExtension => ".md";
    public string ContentType => "text/markdown; charset=utf-8";
    public bool CanStream => false;

    public void Write(AnalysisResult result, TextWriter output) => output.Write(Render(result));

    public static string Render(AnalysisResult result, int itemsPerLayer = 8)
    {
        var doc = result.Document;
        var m = doc.Metadata;
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(m.Title ?? m.Id ?? "Article")).Append('\n').Append('\n');
        if (m.Authors.Count > 0) sb.Append("- **By:** ").Append(Escape(string.Join(", ", m.Authors))).Append('\n');
        if (m.SiteName is { Length: > 0 }) sb.Append("- **Outlet:** ").Append(Escape(m.SiteName)).Append('\n');
        if (m.Published is { } d) sb.Append("- **Published:** ").Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if ((m.CanonicalUrl ?? m.Url) is { Length: > 0 } url) sb.Append("- **URL:** <").Append(url.Replace(">", "%3E")).Append(">\n");
        sb.Append("- **Pipeline:** ").Append(Escape(PipelineText.Describe(result.Pipeline))).Append('\n');
        sb.Append("- **Size:** ").Append(doc.Paragraphs.Count).Append(" paragraphs, ").Append(doc.Sentences.Count).Append(" sentences, ")
          .Append(doc.Tokens.Count).Append(" tokens, ").Append(m.Links.Count).Append(" links\n\n");

        if (doc.GetSingle(NewsLens.Analyzers.Verdict.VerdictLayers.Verdict) is { } verdict)
        {
            sb.Append("## Verdict: ").Append(Escape(verdict.Label)).Append(" (")
              .Append((100 * verdict.HyperpartisanProbability).ToString("0", CultureInfo.InvariantCulture)).Append("% hyperpartisan)\n\n");
            foreach (var r in verdict.Reasons)
            {
                sb.Append("- ").Append(r.Contribution >= 0 ? "▲ " : "▼ ").Append(Escape(r.Description)).Append(" (")
                  .Append(r.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)).Append(" log-odds)");
                if (r.Kind is "techniques" or "claims" or "sourcing" && r.Examples.Count > 0)
                    sb.Append(", e.g. ").AppendJoin(", ", r.Examples.Take(2).Select(e => "“" + Escape(Clip(doc[e].ReplaceLineEndings(" "), 90)) + "”"));
                sb.Append('\n');
            }
            sb.Append('\n');
        }

        var highlights = HtmlReportWriter.CollectHighlights(doc);
        foreach (var key in doc.ReportedLayerKeys)
        {
            var mine = highlights.Where(h => h.Layer == key.Name).ToList();
            if (mine.Count > 0)
            {
                sb.Append("## ").Append(key.Name).Append(" (").Append(mine.Count).Append(")\n\n");
                foreach (var (_, h) in mine.Take(itemsPerLayer))
                {
                    var text = doc[h.Span].ReplaceLineEndings(" ");
                    if (text.Length > 160) text = text[..160] + "…";
                    sb.Append("- **").Append(Escape(h.Label)).Append("** ").Append(h.Span.ToString()).Append(": “").Append(Escape(text)).Append('”');
                    if (h.Detail is { Length: > 0 } det) sb.Append(" — ").Append(Escape(det.Length > 160 ? det[..160] + "…" : det));
                    sb.Append('\n');
                }
                if (mine.Count > itemsPerLayer) sb.Append("- … ").Append(mine.Count - itemsPerLayer).Append(" more\n");
                sb.Append('\n');
            }
            else
            {
                var items = doc.GetUntyped(key);
                var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
                if (JsonSerializer.SerializeToNode(items, listType, ReportJson.Options) is JsonArray { Count: > 0 } arr && arr[0] is JsonObject obj)
                {
                    sb.Append("## ").Append(key.Name).Append("\n\n");
                    foreach (var (k, v) in obj)
                        if (v is JsonValue val) sb.Append("- ").Append(k).Append(": ").Append(Escape(Format(val))).Append('\n');
                    sb.Append('\n');
                }
            }
        }
        if (result.Diagnostics.Count > 0)
        {
            sb.Append("## diagnostics\n\n");
            foreach (var d2 in result.Diagnostics) sb.Append("- ").Append(d2.Severity).Append(' ').Append(Escape(d2.Source)).Append(": ").Append(Escape(d2.Message)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    private static string Format(JsonValue v) =>
        v.TryGetValue<double>(out var d) ? d.ToString("0.###", CultureInfo.InvariantCulture) : v.ToString();

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
