using System.Globalization;
using System.Text;
using NewsLens.Reports.Summary;
using NewsLens.Reports.View;
using static NewsLens.Reports.Html.HtmlBits;

namespace NewsLens.Reports.Html;

/// <summary>The summary cards at the top of the article view; every line that names a span links to it.</summary>
internal static class SummaryHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Append(StringBuilder sb, ArticleSummary s, ArticleView view)
    {
        sb.Append("<section class=\"summary\" aria-labelledby=\"sum-h\">\n<h2 id=\"sum-h\">Summary</h2>\n<div class=\"cards\">\n");
        AppendVerdict(sb, s);
        AppendClaims(sb, s);
        AppendQuotes(sb, s);
        AppendOutlets(sb, s);
        AppendTechniques(sb, s, view);
        sb.Append("</div>\n</section>\n");
    }

    private static void AppendVerdict(StringBuilder sb, ArticleSummary s)
    {
        sb.Append("<section class=\"card verdict\" aria-labelledby=\"h-verdict\"><h3 id=\"h-verdict\">Verdict and lean</h3>\n");
        if (s.Verdict is { } v)
        {
            sb.Append("<p class=\"big\">").Append(Pct(v.Probability)).Append(" <span class=\"n\">probability of hyperpartisan: <b>")
              .Append(Enc.Encode(v.Label)).Append("</b></span></p>\n");
            AppendReasons(sb, v.Reasons);
        }
        else sb.Append("<p>No verdict (the verdict layer did not run).</p>\n");
        if (s.Lean is { } l)
        {
            sb.Append("<p><b>Lean: ").Append(Enc.Encode(l.Label)).Append("</b> <span class=\"n\">left ").Append(Pct(l.PLeft))
              .Append(" · center ").Append(Pct(l.PCenter)).Append(" · right ").Append(Pct(l.PRight)).Append("</span></p>\n");
            AppendReasons(sb, l.Reasons);
        }
        sb.Append("<p class=\"k\">Publishing outlet (registry rating, not used by any text score): ");
        if (s.Publisher is { } p)
            sb.Append("<b>").Append(Enc.Encode(p.Name)).Append("</b> (").Append(Enc.Encode(p.Domain)).Append("): ").Append(Enc.Encode(p.Rating))
              .Append(" <small>source: ").Append(Enc.Encode(p.Provenance)).Append("</small>");
        else sb.Append("not identified or not in the registry");
        sb.Append("</p>\n</section>\n");
    }

    private static void AppendReasons(StringBuilder sb, IReadOnlyList<ReasonLine> reasons)
    {
        if (reasons.Count == 0) return;
        double max = reasons.Max(r => Math.Abs(r.Weight));
        sb.Append("<ol class=\"reasons\">\n");
        foreach (var r in reasons)
        {
            int width = max > 0 ? (int)Math.Round(50 * Math.Abs(r.Weight) / max) : 0;
            sb.Append("<li><svg class=\"bar\" width=\"50\" height=\"10\" aria-hidden=\"true\"><rect class=\"").Append(r.Weight >= 0 ? "up" : "down")
              .Append("\" width=\"").Append(width).Append("\" height=\"10\"/></svg>").Append(r.Weight >= 0 ? "▲ " : "▼ ")
              .AppendGo(r.Where, Enc.Encode(r.Text)).Append(" <small>").Append(r.Weight.ToString("+0.00;-0.00", Inv)).Append(" log-odds</small>");
            if (r.Example is { } e) sb.Append(" <small>e.g. <q>").Append(Enc.Encode(e)).Append("</q></small>");
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n");
    }

    private static void AppendClaims(StringBuilder sb, ArticleSummary s)
    {
        sb.Append("<section class=\"card claims\" aria-labelledby=\"h-claims\"><h3 id=\"h-claims\">Top claims <span class=\"n\">")
          .Append(s.ClaimCount).Append(" check-worthy</span></h3>\n");
        if (s.TopClaims.Count == 0) sb.Append("<p>No check-worthy claim found.</p>\n");
        else
        {
            sb.Append("<ol>\n");
            foreach (var c in s.TopClaims)
            {
                sb.Append("<li>").AppendGo(c.Where, "“" + Enc.Encode(c.Text) + "”").Append(" <small>score ").Append(c.Score.ToString("0.00", Inv)).Append("</small>");
                foreach (var f in c.Figures) sb.Append(" <span class=\"fig\">").Append(Enc.Encode(f)).Append("</span>");
                if (c.Speaker is { } who) sb.Append(" <small>said by ").Append(Enc.Encode(who)).Append("</small>");
                sb.Append("</li>\n");
            }
            sb.Append("</ol>\n");
        }
        sb.Append("</section>\n");
    }

    private static void AppendQuotes(StringBuilder sb, ArticleSummary s)
    {
        sb.Append("<section class=\"card quotes\" aria-labelledby=\"h-quotes\"><h3 id=\"h-quotes\">Quotes by speaker <span class=\"n\">")
          .Append(s.QuoteCount).Append("</span></h3>\n");
        if (s.Speakers.Count == 0) sb.Append("<p>No attributed statement found.</p>\n");
        else
        {
            sb.Append("<ul>\n");
            foreach (var sp in s.Speakers)
            {
                sb.Append("<li><b>").Append(Enc.Encode(sp.Speaker)).Append("</b> <span class=\"n\">").Append(sp.Count).Append("</span>: ");
                sb.AppendJoin("; ", sp.Quotes.Select(q => new StringBuilder().AppendGo(q.Where, "“" + Enc.Encode(q.Text) + "”").ToString()));
                sb.Append("</li>\n");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void AppendOutlets(StringBuilder sb, ArticleSummary s)
    {
        sb.Append("<section class=\"card outlets\" aria-labelledby=\"h-outlets\"><h3 id=\"h-outlets\">Outlets cited <span class=\"n\">")
          .Append(s.Outlets.Count).Append("</span></h3>\n");
        if (s.Outlets.Count == 0) sb.Append("<p>No rated outlet cited.</p>\n");
        else
        {
            sb.Append("<ul>\n");
            foreach (var o in s.Outlets)
                sb.Append("<li>").AppendGo(o.Where, Enc.Encode(o.Name)).Append(" <span class=\"n\">(").Append(Enc.Encode(o.Domain)).Append(")</span>: ")
                  .Append(Enc.Encode(o.Rating)).Append(" <small>").Append(o.Mentions).Append(o.Mentions == 1 ? " mention" : " mentions")
                  .Append(o.Links > 0 ? $", {o.Links} links" : "").Append("</small></li>\n");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void AppendTechniques(StringBuilder sb, ArticleSummary s, ArticleView view)
    {
        sb.Append("<section class=\"card techniques\" aria-labelledby=\"h-tech\"><h3 id=\"h-tech\">Techniques <span class=\"n\">")
          .Append(s.TechniqueCount).Append("</span></h3>\n");
        if (s.Techniques.Count == 0) sb.Append("<p>No propaganda technique found.</p>\n");
        else
        {
            var layer = view.Find(NewsLens.Analyzers.Techniques.TechniqueLayers.Techniques.Name);
            sb.Append("<ul>\n");
            foreach (var t in s.Techniques)
                sb.Append("<li><span class=\"sw c").Append(layer?.ColourOf(t.Technique) ?? 0).Append("\"></span>")
                  .AppendGo(t.Where, Enc.Encode(t.Name)).Append(" <span class=\"n\">").Append(t.Count).Append("</span></li>\n");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static string Pct(double p) => (p * 100).ToString("0", Inv) + "%";
}
