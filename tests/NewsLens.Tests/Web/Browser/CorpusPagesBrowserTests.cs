using Deque.AxeCore.Playwright;

namespace NewsLens.Tests.Web.Browser;

public class CorpusPagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Story = "Gales toppled the old pier crane at Westhaven overnight, the harbour master said on Wednesday. " +
        "Nobody was hurt, and the quay stays closed while engineers inspect the wreck and the damaged rails.";

    private async Task PostStoryAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        foreach (var (text, title) in new[] { (Story, "Westhaven crane toppled"), (Story + " More to follow.", "Gales topple Westhaven crane") })
            (await http.PostAsync("/api/analyze", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { text, title, source = "Coast <i>Post</i>" }),
                System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    [BrowserFact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_search_and_stories_pages()
    {
        await PostStoryAsync();
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search?q=westhaven+crane&outlet=Coast+%3Ci%3EPost%3C%2Fi%3E");
        Assert.True(await page.Locator("table a[href^='/articles/']").CountAsync() >= 2);
        AssertNoSerious(await page.RunAxe(), "search");
        await page.GotoAsync(site.BaseUrl + "/stories");
        Assert.True(await page.Locator("td strong:text('near-duplicate')").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator("main i").CountAsync());
        AssertNoSerious(await page.RunAxe(), "stories");
        Assert.Equal(0, await page.Locator("script").CountAsync());
    }

    [BrowserFact]
    public async Task A_search_runs_and_opens_an_article_from_the_keyboard_alone()
    {
        await PostStoryAsync();
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search");
        await TabUntil(page, "document.activeElement.id === 'q'");
        await page.Keyboard.InsertTextAsync("westhaven crane");
        await page.Keyboard.PressAsync("Enter");
        // why: wait for what the next step needs (the results), not for the page's load event, which a loaded run can hold up
        await page.WaitForSelectorAsync("#results-h");
        Assert.Matches("/search\\?q=westhaven", page.Url);
        await TabUntil(page, "document.activeElement.matches('table a[href^=\"/articles/\"]')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h1#title");
        Assert.Matches("/articles/[0-9a-f]{16}$", page.Url);
        Assert.Contains("Westhaven", await page.InnerTextAsync("h1"));
    }

    private static void AssertNoSerious(Deque.AxeCore.Commons.AxeResult result, string where)
    {
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, where + ": " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
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
