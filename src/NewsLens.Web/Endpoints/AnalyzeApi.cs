using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// <c>POST /api/analyze?format=NAME</c>: the report of one article in any format of <see cref="ReportWriters"/> (JSON
/// by default), with that format's content type. An unknown format is a 400 problem listing the valid names.
/// </summary>
public static class AnalyzeApi
{
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", (AnalyzeRequest request, string? format, AnalysisPipeline pipeline, CancellationToken ct) =>
        {
            var writer = format is null ? ReportWriters.Default : ReportWriters.Find(format);
            if (writer is null)
                return Results.Problem(title: "unknown report format", statusCode: 400,
                    detail: $"format '{format}' is not one of: {string.Join(", ", ReportWriters.Names)}",
                    extensions: new Dictionary<string, object?> { ["formats"] = ReportWriters.Names });
            if (string.IsNullOrWhiteSpace(request.Text))
                return Results.Problem(title: "no article text", detail: "give the article in the 'text' field", statusCode: 400);
            if (WebLimits.FieldProblem(request.Id, request.Title, request.Source, request.Url) is { } field)
                return Results.Problem(title: "field too long", detail: field, statusCode: 400);
            AnalysisResult result;
            try
            {
                result = pipeline.Analyze(request.Text, new ArticleMetadata { Id = request.Id, Title = request.Title, Url = request.Url, SiteName = request.Source }, ct);
            }
            catch (InputRejectedException ex)
            {
                return Results.Problem(title: "article rejected", detail: ex.Problem, statusCode: 413);
            }
            var body = new StringWriter();
            writer.Write(result, body);
            return Results.Content(body.ToString(), writer.ContentType);
        }).RequireRateLimiting(WebHardening.AnalysisPolicy).WithRequestTimeout(WebHardening.TimeoutPolicy);
        return app;
    }
}
