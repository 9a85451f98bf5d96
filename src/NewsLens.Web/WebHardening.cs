using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsLens.Web;

/// <summary>
/// What keeps one client from taking the server down, all configurable (<c>NewsLens:...</c> settings): a per-client rate
/// limit and a server-wide limit on analyses running at once (both answer 429 with a problem body and Retry-After), a
/// request timeout that cancels the analysis, and an optional API key for the endpoints that analyse.
/// </summary>
public static class WebHardening
{
    /// <summary>The rate-limiter policy of the endpoints that run an analysis.</summary>
    public const string AnalysisPolicy = "analysis";

    /// <summary>The request-timeout policy of the endpoints that run an analysis.</summary>
    public const string TimeoutPolicy = "analysis-timeout";

    /// <summary>Header that carries the API key when <c>NewsLens:ApiKey</c> is set.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    public static void AddHardening(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        int perMinute = config.GetValue("NewsLens:RateLimit:PerMinute", 600);
        int concurrent = config.GetValue("NewsLens:MaxConcurrentAnalyses", 2 * Environment.ProcessorCount);
        int queue = config.GetValue("NewsLens:AnalysisQueue", 4 * Environment.ProcessorCount);
        var timeout = TimeSpan.FromSeconds(config.GetValue("NewsLens:RequestTimeoutSeconds", 120.0));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(title: "too many requests", statusCode: 429,
                    detail: "this client sent more requests than the server accepts per minute, or the server is at its limit of analyses running at once; retry later")
                    .ExecuteAsync(ctx.HttpContext);
            };
            // why: chained, so a request passes only when its client is under its rate and the server under its concurrency
            o.AddPolicy(AnalysisPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Method == HttpMethods.Post
                    ? RateLimitPartition.GetConcurrencyLimiter("analyses", _ => new ConcurrencyLimiterOptions
                        { PermitLimit = Math.Max(1, concurrent), QueueLimit = Math.Max(0, queue), QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
                    : RateLimitPartition.GetNoLimiter("reads"));
        });
        builder.Services.AddRequestTimeouts(o => o.AddPolicy(TimeoutPolicy, new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        }));
    }

    public static void UseHardening(this WebApplication app)
    {
        var key = app.Configuration["NewsLens:ApiKey"];
        if (!string.IsNullOrEmpty(key))
        {
            var expected = System.Text.Encoding.UTF8.GetBytes(key);
            app.Use(async (ctx, next) =>
            {
                if (ctx.Request.Method == HttpMethods.Post)
                {
                    var given = System.Text.Encoding.UTF8.GetBytes(ctx.Request.Headers[ApiKeyHeader].ToString());
                    if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, expected))
                    {
                        await Results.Problem(title: "API key required", statusCode: 401,
                            detail: $"this server analyses only requests that carry its key in the {ApiKeyHeader} header").ExecuteAsync(ctx);
                        return;
                    }
                }
                await next();
            });
        }
        app.UseRateLimiter();
        app.UseRequestTimeouts();
    }
}
