using System.Net;
using System.Text.Json;
using NewsLens.Store.Postgres;
using static NewsLens.Tests.Web.Problems;

namespace NewsLens.Tests.Web.Store;

/// <summary>What the app does on a store, the same on SQLite and PostgreSQL: each test class runs these on its store.</summary>
internal static class StoreApiChecks
{
    public static async Task Analysed_articles_are_stored_rows_that_every_endpoint_reads_back(StoreWebApp app)
    {
        var client = app.CreateClient();
        var id = await StoreWebApp.PostAsync(client, "Rivers rose across the valley on Sunday. \"We have never seen this,\" said farmer Tom Hale.", "Valley floods", "Vale Courier");
        Assert.True(long.TryParse(id, out long storeId), id);
        string stored;
        using (var store = StoreFactory.Open(app.Db, create: false)) stored = store.Report(storeId)!;
        Assert.Equal(stored + "\n", await client.GetStringAsync($"/api/articles/{id}"));
        foreach (var format in new[] { "json", "md", "html", "jsonl" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{id}/report?format={format}")).StatusCode);
        Assert.Contains("Tom Hale", await client.GetStringAsync($"/articles/{id}"));
        using var matches = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}/matches"));
        Assert.Equal(id, matches.RootElement.GetProperty("articleId").GetString());
        Assert.Contains("Valley floods", await client.GetStringAsync("/"));
        Assert.Contains("Vale Courier", await client.GetStringAsync("/dashboard"));
    }

    public static async Task The_same_article_sent_twice_is_stored_once_under_one_id(StoreWebApp app)
    {
        var client = app.CreateClient();
        Assert.Equal(await StoreWebApp.PostAsync(client, "One and the same text about tides and harbours."),
            await StoreWebApp.PostAsync(client, "One and the same text about tides and harbours."));
    }

    public static async Task Search_takes_the_store_filters_and_pages(StoreWebApp app)
    {
        var client = app.CreateClient();
        var a = await StoreWebApp.PostAsync(client, "Zebra crossings were repainted in Upton this week, the council said.", "Upton zebra crossings", "Upton Echo");
        var b = await StoreWebApp.PostAsync(client, "Zebra crossings near the Upton school will get lights next year.", "Lights for Upton crossings", "Shire Times");
        await StoreWebApp.PostAsync(client, "Zebra populations grew in the park.", "Park zebras");
        var byOutlet = await Ids(client, "/api/search?q=zebra%20upton&outlet=upton%20echo");
        Assert.Equal([a], byOutlet);
        var both = await Ids(client, "/api/search?q=zebra%20upton");
        Assert.Equal(new[] { a, b }.Order(), both.Order());
        var first = await Ids(client, "/api/search?q=zebra%20upton&limit=1");
        var second = await Ids(client, "/api/search?q=zebra%20upton&limit=1&offset=1");
        Assert.Equal(both.Order(), first.Concat(second).Order());
        Assert.Empty(await Ids(client, "/api/search?q=zebra&from=2999-01-01"));
        var html = await client.GetStringAsync("/search?q=zebra+upton&outlet=Upton+Echo");
        Assert.Contains($"href=\"/articles/{a}\"", html);
        Assert.DoesNotContain($"href=\"/articles/{b}\"", html);
    }

    public static async Task Stories_list_the_posted_articles_with_near_duplicates_marked(StoreWebApp app)
    {
        var client = app.CreateClient();
        const string flood = "Flooding closed the Marlow viaduct after torrential rainfall overnight, engineers reported on Tuesday morning. " +
            "Traffic was diverted through the town centre and the river authority said levels would keep rising until the evening.";
        var a = await StoreWebApp.PostAsync(client, flood, "Marlow viaduct closed by flooding", "River News");
        var b = await StoreWebApp.PostAsync(client, flood + " Updated.", "Flooding shuts Marlow viaduct", "Copy Wire");
        var c = await StoreWebApp.PostAsync(client, "Quarterly earnings at Fennick Industries exceeded analyst expectations.", "Fennick earnings beat forecasts");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/stories"));
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("articles").EnumerateArray().ToList()).ToList();
        var ab = Assert.Single(stories, s => s.Any(x => x.GetProperty("id").GetString() == a));
        var copy = Assert.Single(ab, x => x.GetProperty("id").GetString() == b);
        Assert.Equal(a, copy.GetProperty("nearDuplicateOf").GetString());
        Assert.DoesNotContain(ab, x => x.GetProperty("id").GetString() == c);
        var html = await client.GetStringAsync("/stories");
        Assert.Contains($"<strong>near-duplicate</strong> of <a href=\"/articles/{a}\">", html);
        Assert.DoesNotContain("<script", html);
    }

    public static async Task Unknown_ids_are_404_and_bad_filters_400_problems(StoreWebApp app)
    {
        var client = app.CreateClient();
        foreach (var path in new[] { "/api/articles/999999", "/api/articles/abc", "/api/articles/-1/report?format=md", "/api/articles/999999/matches", "/articles/999999" })
            await AssertProblem(await client.GetAsync(path), HttpStatusCode.NotFound);
        foreach (var (path, parameter) in new[] { ("/api/search?q=a&from=yesterday", "'from'"), ("/api/search?q=a&lean=purple", "'lean'"),
            ("/api/search?q=a&verdict=maybe", "'verdict'"), ("/api/search?q=a&verdictMin=2", "'verdictMin'"), ("/api/search?q=a&offset=-1", "'offset'"),
            ("/api/search?q=a&hasClaim=perhaps", "'hasClaim'"), ("/api/search?from=2024-05-02&to=2024-05-01", "'from'"), ("/api/search", "'q'"), ("/api/stories?limit=0", "'limit'") })
            Assert.Contains(parameter, await AssertProblem(await client.GetAsync(path), HttpStatusCode.BadRequest));
        var page = await client.GetAsync("/search?lean=%3Cb%3Epurple");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("&lt;b&gt;purple", await page.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> Ids(HttpClient client, string path)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }
}
