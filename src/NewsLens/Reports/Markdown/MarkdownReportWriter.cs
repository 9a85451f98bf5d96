using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Reports.Summary;
using NewsLens.Reports.View;
using NewsLens.Text;

namespace NewsLens.Reports.Markdown;

/// <summary>
/// A short Markdown report of one analysed article, readable in a terminal: metadata, the same summary as the HTML
/// view (verdict and lean with their reasons, top claims, quotes by speaker, outlets cited, technique tally), then the
/// first items of each highlighted layer. Counts are the HTML view's. Article text is quoted with Markdown-significant
/// characters escaped.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Name => "md";
    public IReadOnlyList<string> Aliases => ["markdown"];
    public string FileExtension => ".md";
    public string ContentType => "text/markdown; charset=utf-8";
    public bool CanStream => false;

    public void Write(AnalysisResult result, TextWriter output) => output.Write(Render(result));

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Layers the summary shows in full.</summary>
    private static readonly LayerKey[] InSummary = [SourceLayers.Outlet, TechniqueLayers.Tally];

    public static string Render(AnalysisResult result, int itemsPerLayer = 8)
    {
        var doc = result.Document;
        var view = ArticleViewBuilder.Build(doc);
        var sb = new StringBuilder();
        AppendMetadata(sb, result);
        MarkdownSummary.Append(sb, ArticleSummaryBuilder.Build(view));
        foreach (var layer in view.Layers)
        {
            sb.Append("## ").Append(layer.Name).Append(" (").Append(layer.Items.Count).Append(")\n\n");
            foreach (var item in layer.Items.Take(itemsPerLayer))
            {
                var span = item.MainSpan;
                sb.Append("- **").Append(Escape(item.Caption)).Append("** ").Append(span.ToString()).Append(": “")
                  .Append(Escape(ArticleSummaryBuilder.Clip(doc[span], 160))).Append('”');
                if (item.Highlights[0].Detail is { Length: > 0 } det) sb.Append(" — ").Append(Escape(ArticleSummaryBuilder.Clip(det, 160)));
                sb.Append('\n');
            }
            if (layer.Items.Count > itemsPerLayer) sb.Append("- … ").Append(layer.Items.Count - itemsPerLayer).Append(" more\n");
            sb.Append('\n');
        }
        foreach (var key in doc.ReportedLayerKeys)
            if (view.Find(key.Name) is null && !InSummary.Contains(key)) AppendFlat(sb, doc, key);
        if (result.Diagnostics.Count > 0)
        {
            sb.Append("## diagnostics\n\n");
            foreach (var d in result.Diagnostics) sb.Append("- ").Append(d.Severity).Append(' ').Append(Escape(d.Source)).Append(": ").Append(Escape(d.Message)).Append('\n');
        }
        return sb.ToString();
    }

    private static void AppendMetadata(StringBuilder sb, AnalysisResult result)
    {
        var doc = result.Document;
        var m = doc.Metadata;
        sb.Append("# ").Append(Escape(m.Title ?? m.Id ?? "Article")).Append("\n\n");
        if (m.Authors.Count > 0) sb.Append("- **By:** ").Append(Escape(string.Join(", ", m.Authors))).Append('\n');
        if (m.SiteName is { Length: > 0 }) sb.Append("- **Outlet:** ").Append(Escape(m.SiteName)).Append('\n');
        if (m.Published is { } d) sb.Append("- **Published:** ").Append(d.ToString("yyyy-MM-dd", Inv)).Append('\n');
        if ((m.CanonicalUrl ?? m.Url) is { Length: > 0 } url) sb.Append("- **URL:** <").Append(url.Replace(">", "%3E")).Append(">\n");
        sb.Append("- **Pipeline:** ").Append(Escape(PipelineText.Describe(result.Pipeline))).Append('\n');
        sb.Append("- **Size:** ").Append(doc.Paragraphs.Count).Append(" paragraphs, ").Append(doc.Sentences.Count).Append(" sentences, ")
          .Append(doc.Tokens.Count).Append(" tokens, ").Append(m.Links.Count).Append(" links\n\n");
    }

    // A layer without highlights (a profile): the first item's plain fields.
    private static void AppendFlat(StringBuilder sb, Document doc, LayerKey key)
    {
        var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
        if (JsonSerializer.SerializeToNode(doc.GetUntyped(key), listType, ReportJson.Options) is not JsonArray { Count: > 0 } arr || arr[0] is not JsonObject obj) return;
        sb.Append("## ").Append(key.Name).Append("\n\n");
        foreach (var (k, v) in obj)
            if (v is JsonValue val) sb.Append("- ").Append(k).Append(": ").Append(Escape(Format(val))).Append('\n');
        sb.Append('\n');
    }

    private static string Format(JsonValue v) => v.TryGetValue<double>(out var d) ? d.ToString("0.###", Inv) : v.ToString();

    internal static string Escape(string s)
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
