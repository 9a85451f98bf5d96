using System.Text;
using System.Text.Encodings.Web;
using NewsLens.Web.Articles;
using NewsLens.Web.Input;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// <c>GET /</c>: paste an article, upload a file or give a URL (when fetching is on), and the articles analysed lately;
/// <c>POST /report</c>: analyses it and sends the browser to its view, <c>GET /articles/{id}</c>. Works without script.
/// </summary>
public static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (IArticleRepository repo, UrlFetchOptions fetch) => Results.Content(Render(repo.Latest(20), fetch.Enabled), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        app.MapPost("/report", async (HttpContext http, ArticleService articles, CancellationToken ct) =>
        {
            var stored = articles.Analyze(await SubmissionReader.ReadAsync(http.Request, ct), ct);
            // why: post, redirect, get: the view has its own address, so reloading it does not analyse again
            return Results.Redirect($"/articles/{stored.Id}", permanent: false, preserveMethod: false);
        }).AddEndpointFilter<ProblemFilter>().DisableAntiforgery().ExcludeFromDescription()
          .RequireRateLimiting(WebHardening.AnalysisPolicy).WithRequestTimeout(WebHardening.TimeoutPolicy);
        app.MapGet("/articles/{id}", (string id, IArticleRepository repo) => repo.Get(id) is { } a ? ReportResults.ArticlePage(a) : ReportResults.NotFound(id))
            .ExcludeFromDescription();
        return app;
    }

    private static string Render(IReadOnlyList<ArticleRow> recent, bool urlFetch)
    {
        var enc = HtmlEncoder.Default;
        var sb = new StringBuilder();
        sb.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>NewsLens</title><link rel="stylesheet" href="/assets/report.css"></head>
            <body><header class="head"><p class="brand">NewsLens</p><h1>Claims, quotes, sources and spin in a news article</h1></header>
            <main class="wrap">
            <form class="analyze" method="post" action="/report" enctype="multipart/form-data">
            <label for="text">Article text</label>
            <textarea id="text" name="text" aria-describedby="text-hint"></textarea>
            <p id="text-hint" class="hint">A first line followed by a blank line is the title.</p>
            <label for="file">Or upload a file (.txt or .html)</label><input id="file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html">

            """);
        if (urlFetch) sb.Append("<label for=\"url\">Or the address of the article</label><input id=\"url\" name=\"url\" type=\"url\" maxlength=\"8192\" placeholder=\"https://\">\n");
        else sb.Append("<p class=\"hint\">Fetching articles by address is off on this server.</p>\n");
        sb.Append("""
            <label for="title">Title (optional)</label><input id="title" name="title" type="text" maxlength="2000">
            <label for="source">Outlet (optional)</label><input id="source" name="source" type="text" maxlength="2000">
            <button type="submit">Analyse</button>
            </form>

            """);
        if (recent.Count > 0)
        {
            sb.Append("<section aria-labelledby=\"recent-h\"><h2 id=\"recent-h\">Analysed lately</h2><ul>\n");
            foreach (var a in recent)
                sb.Append("<li><a href=\"/articles/").Append(enc.Encode(a.Id)).Append("\">").Append(enc.Encode(a.Title ?? a.Id)).Append("</a></li>\n");
            sb.Append("</ul></section>\n");
        }
        sb.Append("<p class=\"hint\"><a href=\"/search\">Search</a> and <a href=\"/stories\">stories</a> of the articles kept here; <a href=\"/dashboard\">dashboard</a>. The API: <a href=\"/api/reference\">reference</a>, <a href=\"/openapi/v1.json\">OpenAPI document</a>.</p>\n</main></body></html>\n");
        return sb.ToString();
    }
}
