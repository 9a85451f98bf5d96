using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLens.Tests.Web;

public class AnalyzeApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Posting_an_article_returns_its_json_report()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = "The mayor resigned. \"I am sorry,\" she said.", title = "Mayor quits" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public async Task An_empty_article_is_a_400_problem_naming_the_field()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'text'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_html_report_escapes_hostile_text_and_forbids_scripts()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze?format=html", new { text = "Hello <script>alert(1)</script> world." });
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", body);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_home_page_offers_a_form_that_returns_a_report()
    {
        var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("<form method=\"post\" action=\"/report\">", home);
        var report = await client.PostAsync("/report", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Rain fell. Rivers rose.", ["title"] = "Weather" }));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("<h1 id=\"title\">Weather</h1>", await report.Content.ReadAsStringAsync());
    }
}
