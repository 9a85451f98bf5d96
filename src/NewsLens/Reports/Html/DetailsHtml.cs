using System.Text;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Pipeline;
using NewsLens.Reports.View;
using NewsLens.Text;
using static NewsLens.Reports.Html.HtmlBits;

namespace NewsLens.Reports.Html;

/// <summary>
/// Below the text: every highlighted layer as a list (each item links to its span), every other reported layer as a
/// panel, the style chart, the diagnostics and the analyzers that ran.
/// </summary>
internal static class DetailsHtml
{
    public const int MaxListItems = 200;

    /// <summary>Article-level layers the summary already shows in full.</summary>
    private static readonly LayerKey[] InSummary = [SourceLayers.Outlet, TechniqueLayers.Tally];

    public static void Append(StringBuilder sb, AnalysisResult result, ArticleView view)
    {
        var doc = result.Document;
        sb.Append("<section class=\"details\" aria-labelledby=\"det-h\">\n<h2 id=\"det-h\">Details</h2>\n");
        foreach (var layer in view.Layers) AppendList(sb, doc, layer);
        foreach (var key in doc.ReportedLayerKeys)
            if (view.Find(key.Name) is null && !InSummary.Contains(key)) JsonPanel.Append(sb, key, doc);
        if (doc.GetSingle(VerdictLayers.Verdict) is { Style.Count: > 0 } verdict)
        {
            sb.Append("<section class=\"panel\" aria-label=\"Style\">\n");
            StyleChart.Append(sb, verdict.Style);
            sb.Append("</section>\n");
        }
        AppendDiagnostics(sb, result);
        AppendAnalyzers(sb, result);
        sb.Append("</section>\n");
    }

    private static void AppendList(StringBuilder sb, Document doc, LayerView layer)
    {
        sb.Append("<details class=\"list\"><summary>").Append(Enc.Encode(Humanize(layer.Name))).Append(" <span class=\"n\">")
          .Append(layer.Items.Count).Append("</span></summary>\n<ol>\n");
        foreach (var item in layer.Items.Take(MaxListItems))
        {
            sb.Append("<li><span class=\"sw c").Append(layer.ColourOf(item.Kind)).Append("\"></span><b>").Append(Enc.Encode(item.Caption)).Append("</b> ")
              .AppendGo(new ItemRef(layer.Name, item.Index), "<q>" + Enc.Encode(Truncate(doc[item.MainSpan], 240)) + "</q>");
            if (item.Confidence is { } c) sb.Append(" <small>").Append(c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append("</small>");
            if (item.Highlights[0].Detail is { Length: > 0 } d) sb.Append(" <small>").Append(Enc.Encode(Truncate(d, 300))).Append("</small>");
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n");
        if (layer.Items.Count > MaxListItems) sb.Append("<p>… and ").Append(layer.Items.Count - MaxListItems).Append(" more in the JSON report.</p>\n");
        sb.Append("</details>\n");
    }

    private static void AppendDiagnostics(StringBuilder sb, AnalysisResult result)
    {
        if (result.Diagnostics.Count == 0) return;
        sb.Append("<section class=\"panel diag\" aria-label=\"Diagnostics\">\n<h3>Diagnostics</h3>\n<ul>\n");
        foreach (var d in result.Diagnostics)
            sb.Append("<li class=\"sev-").Append(d.Severity.ToString().ToLowerInvariant()).Append("\">").Append(Enc.Encode(d.Source)).Append(": ").Append(Enc.Encode(d.Message)).Append("</li>\n");
        sb.Append("</ul>\n</section>\n");
    }

    private static void AppendAnalyzers(StringBuilder sb, AnalysisResult result)
    {
        sb.Append("<section class=\"panel analyzers\" aria-label=\"Analyzers\">\n<h3>Analyzers</h3>\n");
        sb.Append("<p>Pipeline: ").Append(Enc.Encode(PipelineText.Describe(result.Pipeline))).Append("</p>\n<ul>\n");
        foreach (var a in result.Analyzers)
            sb.Append("<li>").Append(Enc.Encode(a.Id)).Append(' ').Append(Enc.Encode(a.Version)).Append("</li>\n");
        if (result.Analyzers.Count == 0) sb.Append("<li>segmentation only</li>\n");
        sb.Append("</ul>\n</section>\n");
    }
}
