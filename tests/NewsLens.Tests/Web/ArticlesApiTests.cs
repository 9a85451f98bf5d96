using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static NewsLens.Tests.Web.Problems;

namespace NewsLens.Tests.Web;

public class ArticlesApiTests(FastWebFactory factory) : IClassFixture<FastWebFactory>
{
    private async Task<string> Post(HttpClient client, string text, string? title = null)
    {
        var response = await client.PostAsJsonAsync("/api/analyze", new { text, title });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Location!.ToString().Split('/')[^1];
    }

    [Theory]
    [InlineData("json", "application/json", ".json")]
    [InlineData("html", "text/html", ".html")]
    [InlineData("md", "text/markdown", ".md")]
    public async Task A_kept_article_downloads_in_each_format_as_an_attachment(string format, string mediaType, string extension)
    {
        var client = factory.CreateClient();
        var id = await Post(client, "Rivers rose across the valley on Sunday. \"We have never seen this,\" said farmer Tom Hale.");
        var response = await client.GetAsync($"/api/articles/{id}/report?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"newslens-{id}{extension}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
    }

    [Fact]
    public async Task The_same_article_sent_twice_is_kept_once_under_one_id()
    {
        var client = factory.CreateClient();
        Assert.Equal(await Post(client, "One and the same text about tides."), await Post(client, "One and the same text about tides."));
    }

    [Fact]
    public async Task Unknown_articles_are_404_problems_on_every_article_endpoint()
    {
        var client = factory.CreateClient();
        foreach (var path in new[] { "/api/articles/nope", "/api/articles/nope/report?format=md", "/api/articles/nope/matches", "/articles/nope" })
            await AssertProblem(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_400_problem()
    {
        var client = factory.CreateClient();
        var id = await Post(client, "A short text about bridges and their repair.");
        var detail = await AssertProblem(await client.GetAsync($"/api/articles/{id}/report?format=docx"), HttpStatusCode.BadRequest);
        Assert.Contains("'docx'", detail);
    }

    [Fact]
    public async Task Matches_of_a_kept_article_name_their_matcher_and_list_none_without_a_fact_check_collection()
    {
        var client = factory.CreateClient();
        var id = await Post(client, "The minister said unemployment fell to 3 percent in May.");
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}/matches"));
        Assert.Equal(id, json.RootElement.GetProperty("articleId").GetString());
        Assert.Equal("none", json.RootElement.GetProperty("matcher").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Search_finds_kept_articles_holding_every_word()
    {
        var client = factory.CreateClient();
        var id = await Post(client, "Zebra crossings were repainted in Upton this week.", "Upton zebra crossings");
        await Post(client, "Zebra populations grew in the park.");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=zebra%20upton"));
        var hit = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetString());
        Assert.Equal($"/articles/{id}", hit.GetProperty("page").GetString());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%20")]
    [InlineData("/api/search?q=a&limit=0")]
    [InlineData("/api/search?q=a&limit=101")]
    [InlineData("/api/search?q=a&limit=many")]
    public async Task Bad_search_parameters_are_400_problems(string path) =>
        await AssertProblem(await factory.CreateClient().GetAsync(path), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Stories_group_articles_about_the_same_event()
    {
        var client = factory.CreateClient();
        var a = await Post(client, "Flooding closed the Marlow viaduct after torrential rainfall overnight, engineers reported.", "Marlow viaduct closed by flooding");
        var b = await Post(client, "Engineers reported the Marlow viaduct closed after torrential rainfall and flooding.", "Flooding shuts Marlow viaduct");
        var c = await Post(client, "Quarterly earnings at Fennick Industries exceeded analyst expectations.", "Fennick earnings beat forecasts");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/stories"));
        var stories = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("articles").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToHashSet()).ToList();
        var ab = Assert.Single(stories, s => s.Contains(a));
        Assert.Contains(b, ab);
        Assert.DoesNotContain(c, ab);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_list_the_endpoints()
    {
        var client = factory.CreateClient();
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/analyze", "/api/articles/{id}", "/api/search", "/api/stories", "/api/articles/{id}/matches", "/api/articles/{id}/report" })
            Assert.Contains($"\"{path}\"", openapi);
        var reference = await client.GetStringAsync("/api/reference");
        Assert.Contains("POST /api/analyze", reference);
        Assert.Contains("GET /api/articles/{id}/report", reference);
        Assert.DoesNotContain("<script", reference);
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_are_problems_too()
    {
        var client = factory.CreateClient();
        await AssertProblem(await client.GetAsync("/no/such/page"), HttpStatusCode.NotFound);
        await AssertProblem(await client.DeleteAsync("/api/analyze"), HttpStatusCode.MethodNotAllowed);
    }
}
