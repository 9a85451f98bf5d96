using Deque.AxeCore.Playwright;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Web.Browser;

public class ArticleViewBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static string Sample => File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "opinion-harbour-cover-up.txt"));

    [BrowserFact]
    public async Task A_pasted_article_shows_its_summary_one_layer_at_a_time_a_threshold_and_claims_that_land_on_their_span()
    {
        var (page, _) = await site.NewPageAsync();
        await site.AnalyseAsync(page, Sample);
        Assert.True(await page.IsVisibleAsync("#h-claims"));
        Assert.True(await page.IsVisibleAsync(".layer-text[data-layer=techniques] mark.hl"));
        Assert.False(await page.IsVisibleAsync(".layer-text[data-layer=claims]"));

        await page.CheckAsync("input[name=layer][value=claims]");
        Assert.True(await page.IsVisibleAsync(".layer-text[data-layer=claims]"));
        Assert.False(await page.IsVisibleAsync(".layer-text[data-layer=techniques]"));

        await page.CheckAsync("input[name=layer][value=techniques]");
        int total = await page.Locator(".layer-text[data-layer=techniques] .tag").CountAsync();
        Assert.Equal($"showing {total} of {total}", await page.TextContentAsync("#shown"));
        await page.FillAsync("#thr", "1");
        Assert.Equal($"showing 0 of {total}", await page.TextContentAsync("#shown"));
        Assert.Equal(0, await page.Locator(".layer-text[data-layer=techniques] mark.hl:not(.off)").CountAsync());

        await page.Locator(".claims a[data-go]").First.ClickAsync();
        var focused = await page.EvaluateAsync<string>("document.activeElement.id");
        Assert.StartsWith("i-claims-", focused);
        Assert.True(await page.IsVisibleAsync("#" + focused));
        Assert.True(await page.Locator(".layer-text[data-layer=claims] mark.focus").CountAsync() > 0);

        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "article-view.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [BrowserFact]
    public async Task A_hostile_article_renders_as_plain_text_and_runs_no_script()
    {
        const string hostile = "Title <img src=x onerror=\"window.pwned=1;alert(1)\">\n\n"
            + "Officials said <script>window.pwned=2;alert(2)</script> the plan works. "
            + "\"><svg onload=\"window.pwned=3\"> was quoted. '><iframe src=\"javascript:alert(4)\"></iframe> "
            + "Click <a href=\"javascript:window.pwned=5\">here</a> or [here](javascript:alert(6)) \" onmouseover=\"window.pwned=7\" x=\".";
        var (page, dialogs) = await site.NewPageAsync();
        await site.AnalyseAsync(page, hostile);
        await page.HoverAsync(".layer-text:not([hidden])");
        Assert.Empty(dialogs);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.pwned"));
        Assert.Equal(0, await page.Locator("main img, main svg:not(.bar):not(.chart), main iframe, a[href^='javascript']").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Contains("<script>window.pwned=2;alert(2)</script>", await page.InnerTextAsync(".layer-text:not([hidden])"));
        Assert.Contains("<img src=x onerror", await page.InnerTextAsync("h1"));
    }

    [BrowserFact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_form_or_the_view()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        AssertNoSerious(await page.RunAxe(), "home");
        await site.AnalyseAsync(page, Sample);
        AssertNoSerious(await page.RunAxe(), "article view");
    }

    private static void AssertNoSerious(Deque.AxeCore.Commons.AxeResult result, string where)
    {
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, where + ": " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [BrowserFact]
    public async Task The_form_and_the_view_work_from_the_keyboard_alone()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        await TabUntil(page, "document.activeElement.id === 'text'");
        await page.Keyboard.InsertTextAsync(Sample);
        await TabUntil(page, "document.activeElement.type === 'submit'");
        // why: a key press does not wait for the navigation it starts; the waiter is set before the press, so a
        // navigation that commits at once cannot be missed
        var arrived = page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/"));
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        await TabUntil(page, "document.activeElement.matches('.claims a[data-go]')");
        await page.Keyboard.PressAsync("Enter");
        Assert.StartsWith("i-claims-", await page.EvaluateAsync<string>("document.activeElement.id"));

        await TabUntil(page, "document.activeElement.name === 'layer'");
        var before = await page.EvaluateAsync<string>("document.activeElement.value");
        await page.Keyboard.PressAsync("ArrowRight");
        var after = await page.EvaluateAsync<string>("document.activeElement.value");
        Assert.NotEqual(before, after);
        Assert.True(await page.IsVisibleAsync($".layer-text[data-layer={after}]"));
    }

    private static async Task TabUntil(Microsoft.Playwright.IPage page, string condition, int max = 80)
    {
        for (int i = 0; i < max; i++)
        {
            if (await page.EvaluateAsync<bool>(condition)) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"never reached by Tab: {condition}");
    }
}
