using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// <c>GET /api/reference</c>: the API reference as a plain page, built from the same endpoint metadata as the OpenAPI
/// document (<c>/openapi/v1.json</c>), so it works offline and under the app's CSP (no script).
/// </summary>
public static class ApiReference
{
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference", (EndpointDataSource endpoints) => Results.Content(Render(endpoints), "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static string Render(EndpointDataSource source)
    {
        var enc = HtmlEncoder.Default;
        var sb = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>NewsLens API reference</title><link rel="stylesheet" href="/assets/report.css"></head>
            <body><header class="head"><p class="brand">NewsLens</p><h1>API reference</h1>
            <p class="byline">Machine-readable: <a href="/openapi/v1.json">OpenAPI document</a>. Every error is an RFC 9457 problem-details body (application/problem+json).
            When the operator sets an API key, POST requests need it in the X-Api-Key header.</p></header>
            <main class="wrap">

            """);
        var routes = source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true || e.RoutePattern.RawText?.StartsWith("api", StringComparison.Ordinal) == true)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal);
        foreach (var e in routes)
        {
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            sb.Append("<section class=\"panel\"><h2><code>").Append(enc.Encode(string.Join(", ", methods))).Append(' ')
              .Append(enc.Encode("/" + e.RoutePattern.RawText!.TrimStart('/'))).Append("</code></h2>\n");
            if (e.Metadata.GetMetadata<IEndpointSummaryMetadata>() is { } summary) sb.Append("<p>").Append(enc.Encode(summary.Summary)).Append("</p>\n");
            if (e.Metadata.GetMetadata<IEndpointDescriptionMetadata>() is { } d) sb.Append("<p>").Append(enc.Encode(d.Description)).Append("</p>\n");
            var accepts = e.Metadata.OfType<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).Distinct().ToList();
            if (accepts.Count > 0) sb.Append("<p>Accepts: ").Append(enc.Encode(string.Join(", ", accepts))).Append("</p>\n");
            var statuses = e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).Distinct().Order().ToList();
            if (statuses.Count > 0) sb.Append("<p>Responses: ").Append(string.Join(", ", statuses)).Append("</p>\n");
            sb.Append("</section>\n");
        }
        sb.Append("</main></body></html>\n");
        return sb.ToString();
    }
}
