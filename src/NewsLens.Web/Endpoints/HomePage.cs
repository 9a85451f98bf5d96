using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Web.Endpoints;

/// <summary><c>GET /</c>: a form to paste an article; <c>POST /report</c>: its HTML report. Works without script.</summary>
public static class HomePage
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>NewsLens</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        label{display:block;font-weight:600;margin:.8rem 0 .3rem}input,textarea{width:100%;font:inherit;padding:.4rem}
        textarea{min-height:18rem}button{margin-top:1rem;font:inherit;padding:.5rem 1.2rem}</style></head>
        <body><h1>NewsLens</h1>
        <p>Paste a news article to see its claims, quotes, sources and spin.</p>
        <form method="post" action="/report">
        <label for="title">Title (optional)</label><input id="title" name="title" maxlength="500">
        <label for="url">Address (optional)</label><input id="url" name="url" maxlength="2000">
        <label for="text">Article text</label><textarea id="text" name="text" required></textarea>
        <button type="submit">Analyse</button></form>
        <p>API: <code>POST /api/analyze</code> with JSON <code>{"text": "...", "title": "..."}</code>; add <code>?format=html</code>, <code>md</code> or <code>jsonl</code> for another format.</p>
        </body></html>
        """;

    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapPost("/report", async (HttpRequest http, AnalysisPipeline pipeline, CancellationToken ct) =>
        {
            if (!http.HasFormContentType) return Results.Problem(title: "expected a form", statusCode: 415);
            var form = await http.ReadFormAsync(ct);
            var text = form["text"].ToString();
            if (string.IsNullOrWhiteSpace(text)) return Results.Problem(title: "no article text", detail: "the 'text' field is empty", statusCode: 400);
            try
            {
                var result = pipeline.Analyze(text, new ArticleMetadata { Title = NullIfEmpty(form["title"]), Url = NullIfEmpty(form["url"]) }, ct);
                var html = ReportWriters.Get("html");
                var page = new StringWriter();
                html.Write(result, page);
                return Results.Content(page.ToString(), html.ContentType);
            }
            catch (InputRejectedException ex)
            {
                return Results.Problem(title: "article rejected", detail: ex.Problem, statusCode: 413);
            }
        }).DisableAntiforgery().RequireRateLimiting(WebHardening.AnalysisPolicy).WithRequestTimeout(WebHardening.TimeoutPolicy);
        return app;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
