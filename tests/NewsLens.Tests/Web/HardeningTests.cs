using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLens.Tests.Web;

public class HardeningTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private HttpClient Client(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("NewsLens:Pipeline", "fast");
            foreach (var (k, v) in settings) b.UseSetting(k, v);
        }).CreateClient();

    [Fact]
    public async Task A_client_over_its_rate_gets_a_429_problem_with_retry_after()
    {
        var client = Client(("NewsLens:RateLimit:PerMinute", "2"));
        var codes = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (int i = 0; i < 3; i++)
        {
            last = await client.PostAsJsonAsync("/api/analyze", new { text = "Rain fell. Rivers rose." });
            codes.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType!.MediaType);
        Assert.True(last.Headers.Contains("Retry-After"));
        using var json = JsonDocument.Parse(await last.Content.ReadAsStringAsync());
        Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task With_an_api_key_configured_analysing_needs_it_and_reading_does_not()
    {
        var client = Client(("NewsLens:ApiKey", "s3cret"));
        var without = await client.PostAsJsonAsync("/api/analyze", new { text = "Rain fell." });
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("application/problem+json", without.Content.Headers.ContentType!.MediaType);
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonContent.Create(new { text = "Rain fell." }) };
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonContent.Create(new { text = "Rain fell." }) };
        right.Headers.Add("X-Api-Key", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
