using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace NewsLens.Web.Pages;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server (no script, nothing fetched). Every label encoded.</summary>
internal static class SvgBars
{
    public static string Render(string title, IReadOnlyList<(string Label, double Value)> rows, string format = "0")
    {
        var enc = HtmlEncoder.Default;
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("<section class=\"panel\"><h2>").Append(enc.Encode(title)).Append("</h2>\n");
        if (rows.Count == 0) return sb.Append("<p>No data yet.</p></section>\n").ToString();
        const int labelW = 220, plotW = 320, rowH = 22;
        double max = Math.Max(rows.Max(r => r.Value), 1e-9);
        int height = rows.Count * rowH + 6;
        sb.Append("<svg class=\"chart\" role=\"img\" width=\"").Append(labelW + plotW + 70).Append("\" height=\"").Append(height)
          .Append("\" viewBox=\"0 0 ").Append(labelW + plotW + 70).Append(' ').Append(height).Append("\"><title>").Append(enc.Encode(title)).Append("</title>");
        for (int i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            int y = i * rowH + 3;
            double w = plotW * value / max;
            sb.Append("<text class=\"lb\" x=\"").Append(labelW - 6).Append("\" y=\"").Append(y + 14).Append("\" text-anchor=\"end\">")
              .Append(enc.Encode(label.Length > 34 ? label[..33] + "…" : label)).Append("</text>")
              .Append("<rect x=\"").Append(labelW).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(w.ToString("0.0", inv))
              .Append("\" height=\"14\" fill=\"#0072b2\"></rect>")
              .Append("<text class=\"lb\" x=\"").Append((labelW + w + 4).ToString("0", inv)).Append("\" y=\"").Append(y + 14).Append("\">")
              .Append(value.ToString(format, inv)).Append("</text>");
        }
        return sb.Append("</svg>\n</section>\n").ToString();
    }
}
