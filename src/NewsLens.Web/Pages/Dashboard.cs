using System.Text;
using NewsLens.Web.Articles;

namespace NewsLens.Web.Pages;

/// <summary>
/// <c>GET /dashboard</c>: the <see cref="MaxArticles"/> articles kept last at a glance, as inline SVG drawn on the server: verdict and lean
/// distributions, technique spans per 1,000 words by outlet, check-worthy claims per day.
/// </summary>
public static class Dashboard
{
    /// <summary>Most articles counted: a store may hold millions; the dashboard shows the latest.</summary>
    public const int MaxArticles = 1000;

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", (IArticleRepository repo) => Results.Content(Render(repo.Figures(MaxArticles)), "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    internal static string Render(IReadOnlyList<ArticleFigures> articles)
    {
        var sb = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>NewsLens dashboard</title><link rel="stylesheet" href="/assets/report.css"></head>
            <body><header class="head"><p class="brand">NewsLens</p><h1>Dashboard</h1>
            <nav aria-label="Site"><p class="byline"><a href="/">Analyse an article</a> · <a href="/search">Search</a> · <a href="/stories">Stories</a></p></nav></header>
            <main class="wrap">

            """);
        sb.Append("<p>").Append(articles.Count).Append(articles.Count == 1 ? " article" : " articles")
          .Append(articles.Count == MaxArticles ? ", the latest kept.</p>\n" : " kept.</p>\n");
        sb.Append(SvgBars.Render("Verdicts", Count(articles.Select(a => a.Verdict ?? "no verdict"))));
        sb.Append(SvgBars.Render("Lean", Count(articles.Select(a => a.Lean ?? "no lean"))));
        var perOutlet = articles.GroupBy(a => a.Outlet ?? "(outlet not given)")
            .Select(g => (g.Key, 1000.0 * g.Sum(a => a.TechniqueSpans) / Math.Max(1, g.Sum(a => a.Words))))
            .OrderByDescending(x => x.Item2).Take(20).ToList();
        sb.Append(SvgBars.Render("Technique spans per 1,000 words, by outlet", perOutlet, "0.0"));
        var perDay = articles.Where(a => a.Day is not null).GroupBy(a => a.Day!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal).TakeLast(30)
            .Select(g => (g.Key, (double)g.Sum(a => a.CheckWorthyClaims))).ToList();
        sb.Append(SvgBars.Render("Check-worthy claims per day (published, else analysed)", perDay));
        return sb.Append("</main></body></html>\n").ToString();
    }

    private static List<(string, double)> Count(IEnumerable<string> labels) =>
        [.. labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count()))];
}
