using System.Globalization;
using System.Text;
using NewsLens.Reports.Summary;
using static NewsLens.Reports.Markdown.MarkdownReportWriter;

namespace NewsLens.Reports.Markdown;

/// <summary>The HTML view's summary in Markdown, section for section.</summary>
internal static class MarkdownSummary
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Append(StringBuilder sb, ArticleSummary s)
    {
        if (s.Verdict is { } v)
        {
            sb.Append("## Verdict: ").Append(Escape(v.Label)).Append(" (").Append(Pct(v.Probability)).Append(" hyperpartisan)\n\n");
            AppendReasons(sb, v.Reasons);
        }
        else sb.Append("## Verdict: none (the verdict layer did not run)\n\n");
        if (s.Lean is { } l)
        {
            sb.Append("## Lean: ").Append(Escape(l.Label)).Append(" (left ").Append(Pct(l.PLeft)).Append(", center ").Append(Pct(l.PCenter))
              .Append(", right ").Append(Pct(l.PRight)).Append(")\n\n");
            AppendReasons(sb, l.Reasons);
        }
        sb.Append("- **Publishing outlet** (registry rating, not used by any text score): ")
          .Append(s.Publisher is { } p ? $"{Escape(p.Name)} ({Escape(p.Domain)}): {Escape(p.Rating)}" : "not identified or not in the registry").Append("\n\n");

        sb.Append("## Top claims (").Append(s.ClaimCount).Append(" check-worthy)\n\n");
        foreach (var c in s.TopClaims)
        {
            sb.Append(c.Rank).Append(". “").Append(Escape(c.Text)).Append("” (score ").Append(c.Score.ToString("0.00", Inv)).Append(')');
            if (c.Figures.Count > 0) sb.Append(" — figures: ").AppendJoin(", ", c.Figures.Select(f => "`" + f.Replace("`", "'") + "`"));
            if (c.Speaker is { } who) sb.Append("; said by ").Append(Escape(who));
            sb.Append('\n');
        }
        sb.Append(s.TopClaims.Count == 0 ? "No check-worthy claim found.\n\n" : "\n");

        sb.Append("## Quotes by speaker (").Append(s.QuoteCount).Append(")\n\n");
        foreach (var sp in s.Speakers)
            sb.Append("- **").Append(Escape(sp.Speaker)).Append("** (").Append(sp.Count).Append("): ")
              .AppendJoin("; ", sp.Quotes.Select(q => "“" + Escape(q.Text) + "”")).Append('\n');
        sb.Append(s.Speakers.Count == 0 ? "No attributed statement found.\n\n" : "\n");

        sb.Append("## Outlets cited (").Append(s.Outlets.Count).Append(")\n\n");
        foreach (var o in s.Outlets)
            sb.Append("- ").Append(Escape(o.Name)).Append(" (").Append(Escape(o.Domain)).Append("): ").Append(Escape(o.Rating))
              .Append(" — ").Append(o.Mentions).Append(o.Mentions == 1 ? " mention" : " mentions").Append(o.Links > 0 ? $", {o.Links} links" : "").Append('\n');
        sb.Append(s.Outlets.Count == 0 ? "No rated outlet cited.\n\n" : "\n");

        sb.Append("## Techniques (").Append(s.TechniqueCount).Append(")\n\n");
        foreach (var t in s.Techniques) sb.Append("- ").Append(Escape(t.Name)).Append(": ").Append(t.Count).Append('\n');
        sb.Append(s.Techniques.Count == 0 ? "No propaganda technique found.\n\n" : "\n");
    }

    private static void AppendReasons(StringBuilder sb, IReadOnlyList<ReasonLine> reasons)
    {
        foreach (var r in reasons)
        {
            sb.Append("- ").Append(r.Weight >= 0 ? "▲ " : "▼ ").Append(Escape(r.Text)).Append(" (").Append(r.Weight.ToString("+0.00;-0.00", Inv)).Append(" log-odds)");
            if (r.Example is { } e) sb.Append(", e.g. “").Append(Escape(e)).Append('”');
            sb.Append('\n');
        }
        if (reasons.Count > 0) sb.Append('\n');
    }

    private static string Pct(double p) => (100 * p).ToString("0", Inv) + "%";
}
