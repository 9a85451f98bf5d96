using NewsLens.Reports;
using NewsLens.Reports.Html;
using NewsLens.Web.Articles;

namespace NewsLens.Web.Endpoints;

/// <summary>A stored article's report as a response, in any format of <see cref="ReportWriters"/>.</summary>
internal static class ReportResults
{
    /// <summary>The writer named <paramref name="format"/> (JSON when null), or the 400 problem listing the valid names.</summary>
    public static IResult? Resolve(string? format, out IReportWriter writer)
    {
        writer = format is null ? ReportWriters.Default : ReportWriters.Find(format)!;
        if (writer is not null) return null;
        writer = ReportWriters.Default;
        return Results.Problem(title: "unknown report format", statusCode: 400,
            detail: $"format '{format}' is not one of: {string.Join(", ", ReportWriters.Names)}",
            extensions: new Dictionary<string, object?> { ["formats"] = ReportWriters.Names });
    }

    /// <summary>The report; with <paramref name="download"/> as an attachment named after the article.</summary>
    public static IResult Report(HttpContext http, StoredArticle article, IReportWriter writer, bool download)
    {
        var body = new StringWriter();
        writer.Write(article.Result, body);
        http.Response.Headers["X-Article-Id"] = article.Id;
        if (download) http.Response.Headers.ContentDisposition = $"attachment; filename=\"newslens-{article.Id}{writer.FileExtension}\"";
        return Results.Content(body.ToString(), writer.ContentType);
    }

    public static IResult NotFound(string id) =>
        Results.Problem(title: "no such article", statusCode: 404,
            detail: $"no article '{Clip(id)}' is kept here (in memory the oldest articles are dropped first; in a store, ids are its article ids in decimal)");

    public static IResult ArticlePage(StoredArticle article) =>
        Results.Content(HtmlReportWriter.Render(article.Result, new HtmlReportOptions
        {
            AssetBase = "/assets/",
            Navigation = [("Analyse another article", "/"), ("JSON", $"/api/articles/{article.Id}/report?format=json"),
                ("Markdown", $"/api/articles/{article.Id}/report?format=md"), ("HTML file", $"/api/articles/{article.Id}/report?format=html")],
        }), "text/html; charset=utf-8");

    private static string Clip(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
