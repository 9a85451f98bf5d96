namespace NewsLens.Web;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows no inline script and nothing from elsewhere (the
/// page's script and style sheet are the app's own files), no MIME sniffing, no framing, no referrer.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        ctx.Response.Headers.ContentSecurityPolicy = Policy;
        ctx.Response.Headers.XContentTypeOptions = "nosniff";
        ctx.Response.Headers.XFrameOptions = "DENY";
        ctx.Response.Headers["Referrer-Policy"] = "no-referrer";
        await next();
    });
}
