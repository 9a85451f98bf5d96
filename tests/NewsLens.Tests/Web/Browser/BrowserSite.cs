using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using NewsLens.Web;

namespace NewsLens.Tests.Web.Browser;

/// <summary>The web app on a loopback port (fast pipeline) and one headless chromium, shared by the browser tests.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium)) return;
        _app = NewsLensWeb.Build(["--urls", "http://127.0.0.1:0", "--NewsLens:Pipeline=fast", "--NewsLens:WarmUp=false", "--NewsLens:RateLimit:PerMinute=100000"]);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        // why: the first analysis loads the models; under a loaded test run that alone can pass a page's 30 s timeout
        using (var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(5) })
            (await http.PostAsync("/api/analyze", new StringContent("{\"text\":\"The council said on Monday that the bridge will reopen.\"}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>A fresh page that records every dialog (alert, confirm) a script opens.</summary>
    public async Task<(IPage Page, List<string> Dialogs)> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // why: test runs share two cores with hundreds of other tests; waits are for correctness here, never speed
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, d) => { dialogs.Add(d.Message); await d.DismissAsync(); };
        return (page, dialogs);
    }

    /// <summary>Pastes <paramref name="text"/> into the home page's form, submits it and waits for the article view.</summary>
    public async Task AnalyseAsync(IPage page, string text)
    {
        await page.GotoAsync(BaseUrl + "/");
        await page.FillAsync("#text", text);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/[0-9a-f]{16}$"));
    }
}
