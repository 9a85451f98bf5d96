using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Verdict;

namespace NewsLens.Reports.Html;

/// <summary>An inline SVG of the article's style features against the training corpus (no script, no external asset).</summary>
internal static class StyleChart
{
    // A horizontal bar per style feature: its distance from the mainstream average in standard deviations.
    public static void Append(StringBuilder sb, IReadOnlyList<StyleComparison> style)
    {
        var rows = style.OrderByDescending(s => Math.Abs(s.MainstreamZ)).Take(10).ToList();
        if (rows.Count == 0) return;
        const int labelW = 230, plotW = 260, rowH = 20, pad = 24;
        int height = pad + rows.Count * rowH + 8;
        double Scale(double z) => labelW + plotW / 2.0 + Math.Clamp(z, -3, 3) / 3 * (plotW / 2.0);
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<h3>Style against the training corpus</h3>\n");
        sb.Append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(labelW + plotW + 60).Append(' ').Append(height)
          .Append("\" width=\"").Append(labelW + plotW + 60).Append("\" height=\"").Append(height).Append("\" aria-labelledby=\"chart-t\">");
        sb.Append("<title id=\"chart-t\">Style features of this article in standard deviations from the average mainstream training article</title>");
        sb.Append("<text x=\"").Append(Scale(0).ToString("0", inv)).Append("\" y=\"14\" text-anchor=\"middle\" class=\"ax\">mainstream average</text>");
        sb.Append("<text x=\"").Append(Scale(-3).ToString("0", inv)).Append("\" y=\"14\" class=\"ax\">−3σ</text>");
        sb.Append("<text x=\"").Append(Scale(3).ToString("0", inv)).Append("\" y=\"14\" text-anchor=\"end\" class=\"ax\">+3σ</text>");
        sb.Append("<line x1=\"").Append(Scale(0).ToString("0", inv)).Append("\" y1=\"18\" x2=\"").Append(Scale(0).ToString("0", inv)).Append("\" y2=\"").Append(height).Append("\" stroke=\"#888\"/>");
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            int y = pad + i * rowH;
            double x0 = Scale(0), x1 = Scale(r.MainstreamZ);
            sb.Append("<text x=\"").Append(labelW - 6).Append("\" y=\"").Append(y + 13).Append("\" text-anchor=\"end\" class=\"lb\">").Append(HtmlBits.Enc.Encode(Short(r.Feature))).Append("</text>");
            sb.Append("<rect x=\"").Append(Math.Min(x0, x1).ToString("0.0", inv)).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(Math.Abs(x1 - x0).ToString("0.0", inv))
              .Append("\" height=\"12\" fill=\"").Append(r.MainstreamZ >= 0 ? "#d9534f" : "#4a7bd0").Append("\"><title>")
              .Append(HtmlBits.Enc.Encode($"{r.Description}: {r.Value.ToString("0.###", inv)} (corpus average {r.CorpusAverage.ToString("0.###", inv)}, hyperpartisan average {r.HyperpartisanAverage.ToString("0.###", inv)})"))
              .Append("</title></rect>");
            sb.Append("<text x=\"").Append((labelW + plotW + 4).ToString(inv)).Append("\" y=\"").Append(y + 13).Append("\" class=\"lb\">")
              .Append(r.MainstreamZ.ToString("+0.0;-0.0", inv)).Append("σ</text>");
        }
        sb.Append("</svg>\n");
    }

    private static string Short(string s) => s.Length <= 34 ? s : s[..33] + "…";
    private static string Pct(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
