using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLens.Tests.Web;

/// <summary>The web app on the fast pipeline, without background warm-up, for API tests.</summary>
public sealed class FastWebFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsLens:Pipeline", "fast");
        builder.UseSetting("NewsLens:WarmUp", "false");
        builder.UseSetting("NewsLens:RateLimit:PerMinute", "100000");
    }

    /// <summary>A client of the app with more settings.</summary>
    public HttpClient With(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(b => { foreach (var (k, v) in settings) b.UseSetting(k, v); }).CreateClient();
}
