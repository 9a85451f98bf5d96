using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Reports.Html;
using NewsLens.Text;

namespace NewsLens.Web.Endpoints;

/// <summary><c>POST /api/analyze</c>: the JSON report (or, with <c>?format=html</c>, the HTML report) of one article.</summary>
public static class AnalyzeApi
{
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", (AnalyzeRequest request, string? format, AnalysisPipeline pipeline, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
                return Results.Problem(title: "no article text", detail: "give the article in the 'text' field", statusCode: 400);
            AnalysisResult result;
            try
            {
                result = pipeline.Analyze(request.Text, new ArticleMetadata { Id = request.Id, Title = request.Title, Url = request.Url, SiteName = request.Source }, ct);
            }
            catch (InputRejectedException ex)
            {
                return Results.Problem(title: "article rejected", detail: ex.Problem, statusCode: 413);
            }
            return format == "html"
                ? Results.Content(HtmlReportWriter.Render(result), "text/html; charset=utf-8")
                : Results.Content(ReportJson.Serialize(result), "application/json; charset=utf-8");
        });
        return app;
    }
}
