using System.Net;

namespace NewsLens.Tests.Web;

public class PagesTests(FastWebFactory factory) : IClassFixture<FastWebFactory>
{
    [Fact]
    public async Task The_form_posts_to_a_view_with_its_own_address_that_uses_the_servers_assets()
    {
        var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("<form class=\"analyze\" method=\"post\" action=\"/report\" enctype=\"multipart/form-data\">", home);
        Assert.Contains("Fetching articles by address is off", home);
        using var form = new MultipartFormDataContent { { new StringContent("Harbour report\n\nThe harbour reopened on Tuesday, officials said."), "text" } };
        var view = await client.PostAsync("/report", form);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Matches("^/articles/[0-9a-f]{16}$", view.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await view.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"title\">Harbour report</h1>", html);
        Assert.Contains("<script src=\"/assets/report.js\" defer></script>", html);
        Assert.Contains("Analysed lately", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task With_fetching_on_the_form_offers_an_address_field()
    {
        var home = await factory.With(("NewsLens:UrlFetch:Enabled", "true")).GetStringAsync("/");
        Assert.Contains("name=\"url\" type=\"url\"", home);
    }

    [Theory]
    [InlineData("/assets/report.js", "text/javascript")]
    [InlineData("/assets/report.css", "text/css")]
    public async Task The_app_serves_its_own_assets(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/reference")]
    [InlineData("/no/such/page")]
    public async Task Every_response_forbids_inline_script_and_framing(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
