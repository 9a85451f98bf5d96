using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static NewsLens.Tests.Web.Problems;

namespace NewsLens.Tests.Web;

public class AnalyzeInputTests(FastWebFactory factory) : IClassFixture<FastWebFactory>
{
    private const string Article = "Council approves budget\n\nThe council approved a budget of 4 million pounds on Monday. \"It is a fair plan,\" said Mayor Ann Lee.";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Pasted_text_keeps_a_first_line_before_a_blank_line_as_the_title_and_points_to_the_kept_article()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = Article });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Council approves budget", json.RootElement.GetProperty("metadata").GetProperty("title").GetString());
        Assert.StartsWith("The council", json.RootElement.GetProperty("text").GetString());
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/api/articles/[0-9a-f]{16}$", location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task An_html_page_is_read_by_the_html_reader()
    {
        var html = "<html><head><title>Bridge shut</title></head><body><nav>Home | News</nav><article><h1>Bridge shut</h1>"
            + "<p>The bridge closed on Friday after engineers found cracks in two of its piers, the transport office said.</p>"
            + "<p>Traffic will be diverted for at least three weeks while repairs go on, officials told reporters at the site.</p></article></body></html>";
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { html });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Home | News", json.RootElement.GetProperty("text").GetString());
        Assert.Contains("engineers found cracks", json.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("story.txt", "text/plain")]
    [InlineData("story.html", "text/html")]
    public async Task An_uploaded_file_is_analysed(string name, string type)
    {
        var body = name.EndsWith(".html") ? "<html><body><article><p>" + Article.Replace("\n\n", "</p><p>")
            + "</p><p>The plan funds two new libraries, road repairs across the north of the town and a summer programme for children, the finance office said.</p></article></body></html>" : Article;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        var response = await factory.CreateClient().PostAsync("/api/analyze?format=md", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mayor Ann Lee", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_binary_upload_is_a_400_problem_naming_the_problem()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([.. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7 % 256))]), "file", "photo.txt");
        var detail = await AssertProblem(await factory.CreateClient().PostAsync("/api/analyze", form), HttpStatusCode.BadRequest);
        Assert.Contains("binary", detail);
    }

    [Fact]
    public async Task Binary_text_in_json_is_a_400_problem()
    {
        var text = new string('\0', 300) + "abc";
        await AssertProblem(await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text }), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("", "has no body")]
    [InlineData("null", "null")]
    [InlineData("[1,2]", "not a valid article")]
    [InlineData("{\"text\": 5}", "not a valid article")]
    [InlineData("{\"text\": \"unclosed", "not a valid article")]
    [InlineData("{}", "'text', 'html' or 'url'")]
    [InlineData("{\"text\": \"a\", \"html\": \"<p>b</p>\"}", "not both")]
    [InlineData("{\"html\": \"   \"}", "'html' field is empty")]
    public async Task Unusable_json_is_a_400_problem_saying_why(string body, string why)
    {
        var detail = await AssertProblem(await factory.CreateClient().PostAsync("/api/analyze", Json(body)), HttpStatusCode.BadRequest);
        Assert.Contains(why, detail);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var big = new ByteArrayContent(new byte[10_000_001]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await AssertProblem(await factory.CreateClient().PostAsync("/api/analyze", big), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_problem_before_anything_is_analysed()
    {
        var detail = await AssertProblem(await factory.CreateClient().PostAsJsonAsync("/api/analyze?format=pdf", new { text = Article }), HttpStatusCode.BadRequest);
        Assert.Contains("'pdf'", detail);
    }

    [Fact]
    public async Task A_url_is_refused_with_403_while_fetching_is_off()
    {
        var detail = await AssertProblem(await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { url = "https://example.org/a" }), HttpStatusCode.Forbidden);
        Assert.Contains("NewsLens:UrlFetch:Enabled", detail);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://[::ffff:192.168.0.1]/")]
    [InlineData("http://2130706433/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public async Task With_fetching_on_private_addresses_and_other_schemes_are_400_problems(string url)
    {
        var client = factory.With(("NewsLens:UrlFetch:Enabled", "true"));
        var detail = await AssertProblem(await client.PostAsJsonAsync("/api/analyze", new { url }), HttpStatusCode.BadRequest);
        Assert.Matches("address|scheme|http and https", detail);
    }
}
