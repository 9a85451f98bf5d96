using NewsLens.Reports.Html;

namespace NewsLens.Web.Endpoints;

/// <summary>The article view's style sheet and script, served by the app itself (no CDN; the CSP allows only 'self').</summary>
public static class AssetsEndpoints
{
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/report.css", (HttpContext http) => Asset(http, ReportAssets.Style, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/assets/report.js", (HttpContext http) => Asset(http, ReportAssets.Script, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static IResult Asset(HttpContext http, string body, string contentType)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(body, contentType);
    }
}
