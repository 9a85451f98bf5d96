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
        Assert.Equal("1.3", json.RootElement.GetProperty("schemaVersion").GetString());
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
    public async Task Malformed_json_is_a_400_with_a_problem_details_body()
    {
        var response = await factory.CreateClient().PostAsync("/api/analyze", new StringContent("{\"text\": \"unclosed", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415_with_a_problem_details_body()
    {
        var response = await factory.CreateClient().PostAsync("/api/analyze", new StringContent("text=hello", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(415, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_form_field_over_the_form_limit_is_a_4xx_problem_not_a_500()
    {
        var response = await factory.CreateClient().PostAsync("/report",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = new string('a', 4_300_000), ["title"] = "Big" }));
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_oversized_title_is_a_400_problem_naming_the_field()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text = "Rain fell.", title = new string('t', 5_000) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'title' is 5,000 characters", await response.Content.ReadAsStringAsync());
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
        Assert.Contains("method=\"post\" action=\"/report\"", home);
        var report = await client.PostAsync("/report", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Rain fell. Rivers rose.", ["title"] = "Weather" }));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("<h1 id=\"title\">Weather</h1>", await report.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("jsonl", "application/x-ndjson")]
    [InlineData("html", "text/html")]
    [InlineData("md", "text/markdown")]
    [InlineData("markdown", "text/markdown")]
    public async Task Each_report_format_comes_with_its_content_type(string format, string mediaType)
    {
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/analyze?format={format}", new { text = "Rain fell. Rivers rose.", title = "Weather" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_problem_listing_the_valid_names_not_a_json_report()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze?format=pdf", new { text = "Rain fell." });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("'pdf'", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(["json", "jsonl", "html", "md"], problem.RootElement.GetProperty("formats").EnumerateArray().Select(e => e.GetString()));
    }
}
