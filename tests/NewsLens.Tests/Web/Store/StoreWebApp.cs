using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLens.Tests.Web.Store;

/// <summary>The web app on the fast pipeline with its articles in the store <paramref name="db"/> (an SQLite file or PostgreSQL).</summary>
public sealed class StoreWebApp(string db) : WebApplicationFactory<Program>
{
    public string Db { get; } = db;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsLens:Pipeline", "fast");
        builder.UseSetting("NewsLens:WarmUp", "false");
        builder.UseSetting("NewsLens:RateLimit:PerMinute", "100000");
        builder.UseSetting("NewsLens:Db", Db);
    }

    /// <summary>Analyses an article through the API; returns the id its Location names.</summary>
    public static async Task<string> PostAsync(HttpClient client, string text, string? title = null, string? source = null)
    {
        var response = await client.PostAsJsonAsync("/api/analyze", new { text, title, source });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString().Split('/')[^1];
    }
}
