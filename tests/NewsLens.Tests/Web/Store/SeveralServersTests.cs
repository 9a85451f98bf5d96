using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using NewsLens.Tests.Support;
using NewsLens.Web;

namespace NewsLens.Tests.Web.Store;

/// <summary>
/// Two servers on one PostgreSQL database, as behind a load balancer (<c>newslens serve --db postgres://...</c> twice):
/// what one stores the other reads, searches and lists in its stories, and ids stay unique across both.
/// </summary>
public sealed class SeveralServersTests : IAsyncLifetime
{
    private PgTestDatabase? _db;
    private WebApplication? _a, _b;
    private HttpClient _toA = null!, _toB = null!;

    public async Task InitializeAsync()
    {
        if (PgTestDatabase.Unavailable is not null) return;
        _db = new PgTestDatabase();
        (_a, _toA) = await StartAsync(_db.ConnectionString);
        (_b, _toB) = await StartAsync(_db.ConnectionString);
    }

    private static async Task<(WebApplication, HttpClient)> StartAsync(string db)
    {
        var app = NewsLensWeb.Build(["--urls", "http://127.0.0.1:0", "--NewsLens:Pipeline=fast", "--NewsLens:WarmUp=false",
            "--NewsLens:RateLimit:PerMinute=100000", $"--NewsLens:Db={db}"]);
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) });
    }

    public async Task DisposeAsync()
    {
        _toA?.Dispose();
        _toB?.Dispose();
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        _db?.Dispose();
    }

    private static async Task<string> PostAsync(HttpClient to, string text, string title)
    {
        var response = await to.PostAsJsonAsync("/api/analyze", new { text, title });
        response.EnsureSuccessStatusCode();
        return response.Headers.Location!.ToString().Split('/')[^1];
    }

    [PgFact]
    public async Task An_article_posted_to_one_server_is_read_searched_and_listed_in_stories_by_the_other()
    {
        Assert.NotEqual(_a!.Urls.First(), _b!.Urls.First());
        var id = await PostAsync(_toA, "The lighthouse at Carrick Point was relit on Saturday after two years of repairs, the trust said.", "Carrick lighthouse relit");
        Assert.Contains("Carrick lighthouse relit", await _toB.GetStringAsync($"/api/articles/{id}"));
        Assert.Contains($"\"id\":\"{id}\"", await _toB.GetStringAsync("/api/search?q=carrick%20lighthouse"));
        var copy = await PostAsync(_toB, "The lighthouse at Carrick Point was relit on Saturday after two years of repairs, the trust said. More soon.", "Lighthouse back on at Carrick");
        using var json = JsonDocument.Parse(await _toA.GetStringAsync("/api/stories"));
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray(),
            s => s.GetProperty("articles").EnumerateArray().Any(x => x.GetProperty("id").GetString() == id));
        Assert.Contains(story.GetProperty("articles").EnumerateArray(), x => x.GetProperty("id").GetString() == copy && x.GetProperty("nearDuplicateOf").GetString() == id);
    }

    [PgFact]
    public async Task Articles_posted_to_both_servers_at_once_get_ids_unique_across_them()
    {
        var posts = Enumerable.Range(0, 12).Select(i => PostAsync(i % 2 == 0 ? _toA : _toB,
            $"Report number {i}: the ferry service {i} between the islands resumed with {i + 3} sailings a day.", $"Ferry report {i}"));
        var ids = await Task.WhenAll(posts);
        Assert.Equal(12, ids.Distinct().Count());
        foreach (var id in ids)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _toA.GetAsync($"/api/articles/{id}")).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _toB.GetAsync($"/api/articles/{id}")).StatusCode);
        }
    }
}
