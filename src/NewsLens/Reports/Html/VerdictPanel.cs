using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Verdict;
using NewsLens.Text;

namespace NewsLens.Reports.Html;

/// <summary>
/// The verdict panel at the top of the HTML report: the hyperpartisan probability, the reasons
/// that moved the score most, an inline SVG of the style profile against the training-corpus average, and, kept apart,
/// the publishing outlet's registry rating (never an input of the text score).
/// </summary>
internal static class VerdictPanel
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Default;

    public static void Append(StringBuilder sb, Document doc)
    {
        var verdict = doc.GetSingle(VerdictLayers.Verdict);
        var outlet = doc.GetSingle(SourceLayers.Outlet);
        if (verdict is null && outlet is null) return;
        sb.Append("<section class=\"panel verdict\" aria-label=\"Verdict\">\n<h2>Verdict</h2>\n<div class=\"scores\">\n");
        if (verdict is not null)
        {
            sb.Append("<div class=\"score\"><span class=\"big\">").Append(Pct(verdict.HyperpartisanProbability)).Append("</span>")
              .Append("<span>probability that the text is <b>hyperpartisan</b> (").Append(Enc.Encode(verdict.Label)).Append(")</span></div>\n");
        }
        sb.Append("<div class=\"score outlet\"><span class=\"k\">Publishing outlet (registry, not used by the text score)</span>");
        if (outlet is not null)
        {
            var o = outlet.Outlet;
            sb.Append("<span><b>").Append(Enc.Encode(o.Name)).Append("</b> (").Append(Enc.Encode(o.Domain)).Append("): ")
              .Append(Enc.Encode(o.Category))
              .Append(" <small>source: ").Append(Enc.Encode(o.Provenance)).Append("</small></span>");
        }
        else sb.Append("<span>not identified or not in the registry</span>");
        sb.Append("</div>\n</div>\n");
        if (verdict is null) { sb.Append("</section>\n"); return; }

        var reasons = verdict.Reasons.OrderByDescending(r => Math.Abs(r.Contribution)).Take(8).ToList();
        if (reasons.Count > 0)
        {
            double max = reasons.Max(r => Math.Abs(r.Contribution));
            sb.Append("<h3>Why</h3>\n<ul class=\"reasons\">\n");
            foreach (var r in reasons)
            {
                int width = max > 0 ? (int)Math.Round(60 * Math.Abs(r.Contribution) / max) : 0;
                sb.Append("<li><span class=\"bar ").Append(r.Contribution >= 0 ? "up" : "down").Append("\" style=\"width:").Append(width).Append("px\"></span>")
                  .Append(r.Contribution >= 0 ? "▲ " : "▼ ").Append(Enc.Encode(r.Description))
                  .Append(" <small class=\"w\">").Append(r.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)).Append(" log-odds</small>");
                // why: a reason is something to check in the text; show where (the style and term kinds show their words already)
                if (r.Kind is "techniques" or "claims" or "sourcing" && r.Examples.Count > 0)
                {
                    sb.Append(" <small class=\"ex\">e.g. ");
                    sb.AppendJoin(", ", r.Examples.Take(2).Select(e => "<q>" + Enc.Encode(Clip(doc[e], 90)) + "</q>"));
                    sb.Append("</small>");
                }
                sb.Append("</li>\n");
            }
            sb.Append("</ul>\n");
        }
        if (verdict.TopSentences.Count > 0)
        {
            sb.Append("<h3>Sentences that moved the score most</h3>\n<ol class=\"vsent\">\n");
            foreach (var s in verdict.TopSentences.OrderByDescending(s => Math.Abs(s.Contribution)).Take(3))
            {
                var text = doc[s.Span];
                if (text.Length > 220) text = text[..220] + "…";
                sb.Append("<li><q>").Append(Enc.Encode(text)).Append("</q> <small>").Append(s.Contribution >= 0 ? "towards" : "away from")
                  .Append(" hyperpartisan, ").Append(s.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)).Append("</small></li>\n");
            }
            sb.Append("</ol>\n");
        }
        AppendStyleChart(sb, verdict.Style);
        sb.Append("</section>\n");
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    // A horizontal bar per style feature: its distance from the mainstream average in standard deviations.
    private static void AppendStyleChart(StringBuilder sb, IReadOnlyList<StyleComparison> style)
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
            sb.Append("<text x=\"").Append(labelW - 6).Append("\" y=\"").Append(y + 13).Append("\" text-anchor=\"end\" class=\"lb\">").Append(Enc.Encode(Short(r.Feature))).Append("</text>");
            sb.Append("<rect x=\"").Append(Math.Min(x0, x1).ToString("0.0", inv)).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(Math.Abs(x1 - x0).ToString("0.0", inv))
              .Append("\" height=\"12\" fill=\"").Append(r.MainstreamZ >= 0 ? "#d9534f" : "#4a7bd0").Append("\"><title>")
              .Append(Enc.Encode($"{r.Description}: {r.Value.ToString("0.###", inv)} (corpus average {r.CorpusAverage.ToString("0.###", inv)}, hyperpartisan average {r.HyperpartisanAverage.ToString("0.###", inv)})"))
              .Append("</title></rect>");
            sb.Append("<text x=\"").Append((labelW + plotW + 4).ToString(inv)).Append("\" y=\"").Append(y + 13).Append("\" class=\"lb\">")
              .Append(r.MainstreamZ.ToString("+0.0;-0.0", inv)).Append("σ</text>");
        }
        sb.Append("</svg>\n");
    }

    private static string Short(string s) => s.Length <= 34 ? s : s[..33] + "…";
    private static string Pct(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public const string Css = """
        .verdict .scores{display:flex;flex-wrap:wrap;gap:1rem 2rem;margin-bottom:.6rem}
        .verdict .score{display:flex;flex-direction:column;max-width:16rem}
        .verdict .score.outlet{max-width:22rem}
        .verdict .big{font:700 1.8rem system-ui,sans-serif}
        .verdict .k{color:var(--mute);font-size:12px}
        .verdict h3{font:600 .9rem system-ui,sans-serif;margin:.8rem 0 .3rem}
        .reasons{list-style:none;padding:0;margin:0}
        .reasons li{margin:.15rem 0}
        .bar{display:inline-block;height:.7em;margin-right:.4em;border-radius:2px;vertical-align:middle}
        .bar.up{background:#d9534f}.bar.down{background:#4a7bd0}
        .chart{max-width:100%;height:auto;font:11px system-ui,sans-serif}
        .chart .ax{fill:#5b5b66}.chart .lb{fill:#1d1d1f}

        """;
}
