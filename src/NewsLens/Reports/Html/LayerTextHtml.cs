using System.Globalization;
using System.Text;
using NewsLens.Reports.View;
using NewsLens.Text;
using static NewsLens.Reports.Html.HtmlBits;

namespace NewsLens.Reports.Html;

/// <summary>
/// The article text, once per highlighted layer: one layer is shown at a time (the page's script switches; without
/// it the first layer shows), each item captioned on its first span (technique names, speakers), each caption
/// carrying the item's confidence for the threshold. Only one layer's spans are ever painted at once.
/// </summary>
internal static class LayerTextHtml
{
    public static void Append(StringBuilder sb, ArticleView view, string? shown)
    {
        var doc = view.Document;
        sb.Append("<section class=\"reader\" id=\"text\" aria-labelledby=\"text-h\">\n<h2 id=\"text-h\">Article text</h2>\n");
        if (view.Layers.Count == 0)
        {
            sb.Append("<div class=\"article\">\n");
            foreach (var para in doc.Paragraphs) sb.Append("<p>").Append(Enc.Encode(doc[para.Span])).Append("</p>\n");
            sb.Append("</div>\n</section>\n");
            return;
        }
        AppendControls(sb, view, shown);
        foreach (var layer in view.Layers)
        {
            sb.Append("<div class=\"layer-text article\" data-layer=\"").Append(Id(layer.Name)).Append('"')
              .Append(layer.Name == shown ? "" : " hidden").Append(" aria-label=\"").Append(Enc.Encode(Humanize(layer.Name))).Append(" in the text\">\n");
            AppendText(sb, doc, layer);
            sb.Append("</div>\n");
        }
        sb.Append("</section>\n");
    }

    private static void AppendControls(StringBuilder sb, ArticleView view, string? shown)
    {
        sb.Append("<div class=\"controls\">\n<fieldset><legend>Layer</legend>\n");
        foreach (var layer in view.Layers)
        {
            sb.Append("<label><input type=\"radio\" name=\"layer\" value=\"").Append(Id(layer.Name)).Append('"')
              .Append(layer.Name == shown ? " checked" : "").Append("> ").Append(Enc.Encode(Humanize(layer.Name)))
              .Append(" <span class=\"n\">").Append(layer.Items.Count).Append("</span></label>\n");
        }
        sb.Append("</fieldset>\n");
        if (view.Layers.Any(l => l.Items.Any(i => i.Confidence is not null)))
        {
            sb.Append("<div class=\"thr\"><label for=\"thr\">Confidence at least</label>")
              .Append("<input type=\"range\" id=\"thr\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\">")
              .Append("<output id=\"thr-out\" for=\"thr\">0.00</output>")
              .Append("<span id=\"shown\" class=\"n\" aria-live=\"polite\"></span>")
              .Append("<span class=\"n\">(items without a confidence always show)</span></div>\n");
        }
        foreach (var layer in view.Layers)
        {
            sb.Append("<ul class=\"keys\" data-layer=\"").Append(Id(layer.Name)).Append('"').Append(layer.Name == shown ? "" : " hidden")
              .Append(" aria-label=\"Colours of ").Append(Enc.Encode(Humanize(layer.Name))).Append("\">");
            foreach (var label in layer.Labels)
                sb.Append("<li><span class=\"sw c").Append(layer.ColourOf(label)).Append("\"></span>").Append(Enc.Encode(label.Replace('_', ' ').Replace(",", ", "))).Append("</li>");
            sb.Append("</ul>\n");
        }
        sb.Append("</div>\n");
    }

    private static void AppendText(StringBuilder sb, Document doc, LayerView layer)
    {
        var all = layer.Items.SelectMany(i => i.Highlights.Select(h => (Owner: i, Highlight: h)))
            .OrderBy(x => x.Highlight.Span.Start).ToList();
        var tagged = new HashSet<int>();
        var open = new List<(ViewItem Owner, Highlight Highlight)>();
        int next = 0;
        foreach (var para in doc.Paragraphs)
        {
            // why: a sweep over highlights sorted by start keeps a long article linear instead of paragraphs × highlights
            while (next < all.Count && all[next].Highlight.Span.Start < para.Span.End) open.Add(all[next++]);
            open.RemoveAll(x => x.Highlight.Span.End <= para.Span.Start);
            sb.Append("<p>");
            foreach (var seg in HighlightFlattener.Flatten(para.Span, open))
                AppendSegment(sb, doc, layer, seg, tagged);
            sb.Append("</p>\n");
        }
    }

    private static void AppendSegment(StringBuilder sb, Document doc, LayerView layer, HighlightSegment<ViewItem> seg, HashSet<int> tagged)
    {
        var text = Enc.Encode(doc[seg.Span]);
        if (seg.Active.Count == 0) { sb.Append(text); return; }
        foreach (var item in seg.Active.Select(a => a.Owner).Distinct().OrderBy(i => i.Index))
        {
            if (!tagged.Add(item.Index)) continue;
            sb.Append("<span class=\"tag c").Append(layer.ColourOf(item.Highlights[0].Label)).Append("\" id=\"").Append(AnchorOf(layer.Name, item.Index))
              .Append("\" tabindex=\"-1\" data-i=\"").Append(item.Index).Append('"');
            if (item.Confidence is { } c) sb.Append(" data-c=\"").Append(c.ToString("0.####", CultureInfo.InvariantCulture)).Append('"');
            sb.Append('>').Append(Enc.Encode(Truncate(item.Caption, 60))).Append("</span>");
        }
        // why: where items of one layer overlap, the shortest span is the most specific and gives the colour
        var top = seg.Active.MinBy(a => a.Highlight.Span.Length);
        var tip = string.Join(" · ", seg.Active.Select(a => a.Highlight.Detail is { Length: > 0 } d ? d : a.Highlight.Label).Distinct());
        sb.Append("<mark class=\"hl c").Append(layer.ColourOf(top.Highlight.Label)).Append("\" data-i=\"")
          .AppendJoin(' ', seg.Active.Select(a => a.Owner.Index).Distinct()).Append("\" title=\"").Append(Enc.Encode(Truncate(tip, 600)))
          .Append("\">").Append(text).Append("</mark>");
    }
}
