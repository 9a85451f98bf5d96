using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace NewsLens.Tests.Web;

public class DashboardTests(FastWebFactory factory) : IClassFixture<FastWebFactory>
{
    [Fact]
    public async Task The_dashboard_draws_its_charts_as_inline_svg_with_outlet_names_encoded()
    {
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/analyze", new { text = "Corrupt elites lied again, critics said on Monday. The shameful cover-up must end now.", source = "<b>Evil</b> Gazette" });
        var html = await client.GetStringAsync("/dashboard");
        Assert.Equal(4, Regex.Matches(html, "<svg class=\"chart\" role=\"img\"").Count);
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt; Gazette", html);
        Assert.DoesNotContain("<b>Evil", html);
        Assert.DoesNotContain("<script", html);
    }
}
