using System.Text.Json;
using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

/// <summary>
/// End to end on pages written for these tests: a wire story, a retelling that links to it and changes a figure and a
/// hedge, and a faithful retelling that links to it. Ingested with the fast pipeline, one job, so store ids follow the
/// order given.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ProvenanceCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("newslens-provenance-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    private string Db => Path.Combine(_dir.FullName, "news.db");

    private string Page(string name, string title, string url, string outlet, string date, params string[] paragraphs)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, $"<html><head><title>{title}</title><link rel=\"canonical\" href=\"{url}\"><meta property=\"og:site_name\" content=\"{outlet}\">"
            + $"<meta property=\"article:published_time\" content=\"{date}T09:00:00Z\"></head><body><article><h1>{title}</h1>"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>");
        return path;
    }

    private string Wire() => Page("wire.html", "Harbour council approves pier repairs", "https://wire.example/pier-repairs", "Example Wire", "2026-03-01",
        "The Harbour council voted on Monday to spend 4.2 million dollars repairing the old pier, officials said.",
        "The mayor said the work may finish by October, according to a statement.",
        "Fishermen have complained for years about the state of the wooden deck.");

    private string Changed() => Page("daily.html", "Pier to be fixed at last", "https://daily.example/pier-fixed", "Daily Example", "2026-03-02",
        "The Harbour council voted on Monday to spend 6 million dollars repairing the old pier, <a href=\"https://wire.example/pier-repairs?utm_source=x\">officials said</a>.",
        "The mayor said the work will finish by October.",
        "Fishermen have complained for years about the state of the wooden deck.");

    private string Faithful() => Page("weekly.html", "Old pier will be repaired", "https://weekly.example/old-pier", "Weekly Example", "2026-03-03",
        "Officials said the Harbour council voted on Monday to spend 4.2 million dollars on repairs to the old pier, <a href=\"https://wire.example/pier-repairs\">according to Example Wire</a>.",
        "According to a statement, the mayor said the work may be finished by October.",
        "For years fishermen have complained about the state of the wooden deck.");

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(args);
        return (code, console.Out.ToString(), console.Err.ToString());
    }

    private async Task Ingest(params string[] pages) =>
        Assert.Equal(ExitCodes.Ok, (await Run(["ingest", .. pages, "--db", Db, "--pipeline", "fast", "-j", "1", "-q", "--no-stories"])).Code);

    [Fact]
    public async Task A_retelling_that_links_to_a_stored_article_cites_it_and_its_changes_are_flagged_side_by_side()
    {
        await Ingest(Wire(), Changed());
        var (code, _, err) = await Run("provenance", "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 article(s) looked at: 1 same-claim link(s), 1 citation(s)", err);
        var (_, json, _) = await Run("provenance", "2", "--db", Db, "--format", "json");
        var root = JsonDocument.Parse(json).RootElement;
        var cite = Assert.Single(root.GetProperty("cites").EnumerateArray());
        Assert.Equal((1, "link"), (cite.GetProperty("article").GetInt32(), cite.GetProperty("by").GetString()));
        var same = Assert.Single(root.GetProperty("sameClaims").EnumerateArray());
        Assert.StartsWith("The Harbour council voted on Monday to spend 4.2 million", same.GetProperty("claims")[0].GetProperty("otherText").GetString());
        var flags = root.GetProperty("discrepancies")[0].GetProperty("discrepancies").EnumerateArray().ToList();
        Assert.Contains(flags, f => f.GetProperty("kind").GetString() == "number-inflated" && f.GetProperty("articleValue").GetString() == "6 million dollars"
            && f.GetProperty("sourcePassage").GetString()!.Contains("4.2 million dollars", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.GetProperty("kind").GetString() == "modality-changed" && f.GetProperty("articleValue").GetString() == "will");
    }

    [Fact]
    public async Task A_faithful_retelling_cites_its_source_and_raises_no_flag()
    {
        await Ingest(Wire(), Faithful());
        var (code, text, _) = await Run("provenance", "2", "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Cites (stored):\n  article 1: 2026-03-01, Example Wire, Harbour council approves pier repairs (score 1.00, by link)", text);
        Assert.Contains("3 of 3 article sentences aligned, 0 discrepancies", text);
    }

    [Fact]
    public async Task Show_ends_with_the_recorded_provenance_on_both_sides()
    {
        await Ingest(Wire(), Changed());
        await Run("provenance", "--db", Db);
        var (_, shown, _) = await Run("show", "1", "--db", Db);
        var provenance = JsonDocument.Parse(shown).RootElement.GetProperty("provenance");
        Assert.Equal(2, provenance.GetProperty("citedBy")[0].GetProperty("article").GetInt32());
        Assert.Equal(2, provenance.GetProperty("repeatedBy")[0].GetProperty("article").GetInt32());
        var (_, md, _) = await Run("show", "2", "--db", Db, "--format", "md");
        Assert.Contains("## Cites (stored)\n\n- article 1: 2026-03-01, Example Wire", md);
        Assert.Contains("| number-inflated |", md);
    }

    [Fact]
    public async Task A_second_run_forgets_what_the_first_found_and_no_longer_holds()
    {
        await Ingest(Wire(), Changed());
        await Run("provenance", "--db", Db);
        using (var store = NewsLens.Store.Sqlite.SqliteArticleStore.Open(Db, create: false))
            store.ReplaceLinks(2, [], [new NewsLens.Store.ArticleLink(2, 1, "same-claim", 0.01), new NewsLens.Store.ArticleLink(2, 1, "story", 1)]);
        await Run("provenance", "--db", Db);
        using var again = NewsLens.Store.Sqlite.SqliteArticleStore.Open(Db, create: false);
        var links = again.LinksOf(2);
        Assert.Contains(links, l => l.Kind == "story");
        Assert.True(links.Single(l => l.Kind == "same-claim").Score > 0.5);
    }

    [Fact]
    public async Task An_unknown_article_fails_naming_it()
    {
        await Ingest(Wire());
        var (code, _, err) = await Run("provenance", "9", "--db", Db);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("no article 9 in the store", err);
    }
}
