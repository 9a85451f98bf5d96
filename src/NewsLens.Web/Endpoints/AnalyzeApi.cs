using NewsLens.Web.Articles;
using NewsLens.Web.Input;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// <c>POST /api/analyze?format=NAME</c>: analyses one article (JSON <c>{text|html|url, title?, source?}</c> or a form
/// with a <c>file</c>), keeps it, and returns its report in any format of <c>ReportWriters</c> (JSON by default) with
/// its address in <c>Location</c>.
/// </summary>
public static class AnalyzeApi
{
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", async (HttpContext http, string? format, ArticleService articles, CancellationToken ct) =>
        {
            if (ReportResults.Resolve(format, out var writer) is { } unknown) return unknown;
            var stored = articles.Analyze(await SubmissionReader.ReadAsync(http.Request, ct), ct);
            http.Response.Headers.Location = $"/api/articles/{stored.Id}";
            return ReportResults.Report(http, stored, writer, download: false);
        })
        .AddEndpointFilter<ProblemFilter>()
        .Accepts<ArticleSubmission>("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429)
        .WithSummary("Analyse an article and return its report")
        .WithDescription("Body: JSON {text|html|url, title?, source?, id?} or multipart/form-data with a 'file' (.txt or .html). " +
            "?format=json|jsonl|html|md. A 'url' is fetched only when the operator enabled it, and never from a private address.")
        .DisableAntiforgery()
        .RequireRateLimiting(WebHardening.AnalysisPolicy).WithRequestTimeout(WebHardening.TimeoutPolicy);
        return app;
    }
}
