using System.Text;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Web.Articles;

namespace NewsLens.Web.Pages;

/// <summary>
/// <c>GET /dashboard</c>: the kept articles at a glance, as inline SVG drawn on the server: verdict and lean
/// distributions, technique spans per 1,000 words by outlet, check-worthy claims per day.
/// </summary>
public static class Dashboard
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", (IArticleRepository repo) => Results.Content(Render(repo.All()), "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    internal static string Render(IReadOnlyList<StoredArticle> articles)
    {
        var sb = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>NewsLens dashboard</title><link rel="stylesheet" href="/assets/report.css"></head>
            <body><header class="head"><p class="brand">NewsLens</p><h1>Dashboard</h1>
            <nav aria-label="Site"><p class="byline"><a href="/">Analyse an article</a></p></nav></header>
            <main class="wrap">

            """);
        sb.Append("<p>").Append(articles.Count).Append(articles.Count == 1 ? " article" : " articles").Append(" kept.</p>\n");
        var docs = articles.Select(a => a.Result.Document).ToList();
        sb.Append(SvgBars.Render("Verdicts", Count(docs.Select(d => d.GetSingle(VerdictLayers.Verdict)?.Label ?? "no verdict"))));
        sb.Append(SvgBars.Render("Lean", Count(docs.Select(d => d.GetSingle(LeanLayers.Lean)?.Label ?? "no lean"))));
        var perOutlet = docs.GroupBy(d => d.Metadata.SiteName ?? "(outlet not given)")
            .Select(g => (g.Key, 1000.0 * g.Sum(d => d.Get(TechniqueLayers.Techniques).Count) / Math.Max(1, g.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))))
            .OrderByDescending(x => x.Item2).Take(20).ToList();
        sb.Append(SvgBars.Render("Technique spans per 1,000 words, by outlet", perOutlet, "0.0"));
        var perDay = articles.GroupBy(a => (a.Result.Document.Metadata.Published ?? a.AddedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal).TakeLast(30)
            .Select(g => (g.Key, (double)g.Sum(a => a.Result.Document.Get(ClaimLayers.Claims).Count(c => c.Class == ClaimClass.CheckWorthy)))).ToList();
        sb.Append(SvgBars.Render("Check-worthy claims per day (published, else analysed)", perDay));
        return sb.Append("</main></body></html>\n").ToString();
    }

    private static List<(string, double)> Count(IEnumerable<string> labels) =>
        [.. labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count()))];
}
