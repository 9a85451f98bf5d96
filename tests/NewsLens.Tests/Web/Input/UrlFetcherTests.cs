using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsLens.Web.Input;

namespace NewsLens.Tests.Web.Input;

/// <summary>A real loopback server the fetcher is allowed to reach (only its own port), which redirects and stalls on demand.</summary>
public sealed class LoopbackSite : IAsyncLifetime
{
    private WebApplication? _app;
    public int Port { get; private set; }
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/page", () => Results.Content("<html><body><p>Hello from the page.</p></body></html>", "text/html"));
        _app.MapGet("/to", (string where) => Results.Redirect(where));
        _app.MapGet("/big", () => Results.Content(new string('x', 20_000), "text/plain"));
        _app.MapGet("/slow", async (CancellationToken ct) => { await Task.Delay(5000, ct); return Results.Ok(); });
        await _app.StartAsync();
        Port = new Uri(_app.Urls.First()).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public class UrlFetcherTests(LoopbackSite site) : IClassFixture<LoopbackSite>
{
    private UrlFetcher Fetcher(long maxBytes = 10_000, double timeout = 2) =>
        new(new UrlFetchOptions { Enabled = true, MaxBytes = maxBytes, Timeout = TimeSpan.FromSeconds(timeout) },
            ep => IPAddress.IsLoopback(ep.Address) && ep.Address.Equals(IPAddress.Loopback) && ep.Port == site.Port);

    private static async Task<FetchException> Refused(Task task) => await Assert.ThrowsAsync<FetchException>(() => task);

    [Fact]
    public async Task An_allowed_page_is_fetched_with_its_media_type()
    {
        using var f = Fetcher();
        var page = await f.FetchAsync(site.Url("/page"), CancellationToken.None);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("Hello from the page", System.Text.Encoding.UTF8.GetString(page.Body));
    }

    [Fact]
    public async Task A_redirect_to_an_allowed_page_is_followed()
    {
        using var f = Fetcher();
        var page = await f.FetchAsync(site.Url("/to?where=/page"), CancellationToken.None);
        Assert.EndsWith("/page", page.Url.AbsolutePath);
    }

    [Theory]
    [InlineData("http://127.0.0.2:{port}/page")]
    [InlineData("http://[::1]:{port}/page")]
    [InlineData("http://127.0.0.1:1/page")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost:1/page")]
    public async Task A_redirect_to_a_private_address_or_another_port_is_refused(string target)
    {
        using var f = Fetcher();
        var where = Uri.EscapeDataString(target.Replace("{port}", site.Port.ToString()));
        var ex = await Refused(f.FetchAsync(site.Url("/to?where=" + where), CancellationToken.None));
        Assert.True(ex.Status is 400 or 502, ex.Message);
        Assert.Contains("refused", ex.Title + ex.Message);
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task A_redirect_to_another_scheme_is_refused(string target)
    {
        using var f = Fetcher();
        var ex = await Refused(f.FetchAsync(site.Url("/to?where=" + Uri.EscapeDataString(target)), CancellationToken.None));
        Assert.Equal(400, ex.Status);
        Assert.Contains("only http and https", ex.Message);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        using var f = Fetcher(maxBytes: 10_000);
        Assert.Equal(422, (await Refused(f.FetchAsync(site.Url("/big"), CancellationToken.None))).Status);
    }

    [Fact]
    public async Task A_page_that_takes_too_long_times_out()
    {
        using var f = Fetcher(timeout: 0.5);
        Assert.Equal(504, (await Refused(f.FetchAsync(site.Url("/slow"), CancellationToken.None))).Status);
    }

    [Fact]
    public async Task Without_an_allowance_even_the_test_server_is_refused_before_connecting()
    {
        using var f = new UrlFetcher(new UrlFetchOptions { Enabled = true });
        Assert.Equal(400, (await Refused(f.FetchAsync(site.Url("/page"), CancellationToken.None))).Status);
    }
}
