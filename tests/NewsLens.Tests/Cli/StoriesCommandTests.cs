using System.Text.Json;
using NewsLens.Cli;
using NewsLens.Tests.Ingest;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class StoriesCommandTests
{
    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");

    private static string Line(string id, string title, string text, string date, string source) =>
        JsonSerializer.Serialize(new { id, title, text, date, source });

    private const string Bridge =
        "Engineers closed the Kellan Harbour Bridge on Tuesday after inspectors found a crack in a main support beam. " +
        "The Ostmark transport agency said repairs to the bridge could take three weeks. Commuters were told to use the ferry.";

    private static string[] Corpus() =>
    [
        Line("herald", "Harbour bridge shut after crack found", Bridge, "2026-03-10", "Daily Herald"),
        Line("courier", "Cracked beam closes Kellan bridge",
            "A crack in a support beam has forced the Kellan Harbour Bridge to close, the Ostmark transport agency said. " +
            "Inspectors spotted the damage during a routine check; the agency expects repairs to the bridge to last weeks.", "2026-03-10", "Morning Courier"),
        Line("wire", "Harbour bridge shut after crack found", Bridge + " This story was updated.", "2026-03-11", "Wire Copy"),
        Line("vote", "Council approves school budget", "The Ostmark city council approved the school budget by nine votes to four on Monday.", "2026-03-10", "Evening Post"),
        "{ this line is not json",
    ];

    [Fact]
    public async Task Stories_group_one_event_side_by_side_mark_the_near_duplicate_and_name_the_bad_record()
    {
        using var dir = new TempDir();
        dir.File("in.jsonl", string.Join('\n', Corpus()) + "\n");
        var output = Path.Combine(dir.Path, "stories.jsonl");
        int code;
        using (var console = new ConsoleCapture())
        {
            code = await NewsLensCli.RunAsync(["stories", Path.Combine(dir.Path, "in.jsonl"), "--format", "jsonl", "-o", output, "--models", Models, "--pipeline", "fast"]);
            Assert.Contains("in.jsonl:5", console.Err.ToString());
        }
        Assert.Equal(ExitCodes.SomeFailed, code);
        var story = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["herald", "courier", "wire"], articles.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["Daily Herald", "Morning Courier", "Wire Copy"], articles.Select(a => a.GetProperty("outlet").GetString()));
        Assert.Equal("herald", articles[2].GetProperty("nearDuplicateOf").GetString());
        Assert.Equal(JsonValueKind.Null, articles[1].GetProperty("nearDuplicateOf").ValueKind);
        Assert.All(articles, a => Assert.InRange(a.GetProperty("hyperpartisan").GetDouble(), 0, 1));
        Assert.All(articles, a => Assert.Contains(a.GetProperty("lean").GetString(), new[] { "left", "center", "right" }));
    }

    [Fact]
    public async Task Since_leaves_out_earlier_articles_and_min_articles_one_shows_single_article_stories()
    {
        using var dir = new TempDir();
        dir.File("in.jsonl", string.Join('\n', Corpus()[..4]) + "\n");
        var output = Path.Combine(dir.Path, "stories.txt");
        int code;
        using (new ConsoleCapture())
            code = await NewsLensCli.RunAsync(["stories", Path.Combine(dir.Path, "in.jsonl"), "-o", output, "--models", Models, "--pipeline", "fast", "--since", "2026-03-11", "--min-articles", "1"]);
        Assert.Equal(ExitCodes.Ok, code);
        var text = File.ReadAllText(output);
        Assert.Contains("[wire]", text);
        Assert.DoesNotContain("[herald]", text);
        Assert.Contains("1 articles in 1 stories in all", text);
    }

    [Fact]
    public async Task Ingest_groups_the_store_into_stories_and_stories_over_the_store_prints_them_with_store_ids()
    {
        using var dir = new TempDir();
        dir.File("in.jsonl", string.Join('\n', Corpus()[..4]) + "\n");
        var db = Path.Combine(dir.Path, "s.db");
        var output = Path.Combine(dir.Path, "stories.jsonl");
        using (new ConsoleCapture())
        {
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["ingest", Path.Combine(dir.Path, "in.jsonl"), "--db", db, "--models", Models, "--pipeline", "fast", "-q"]));
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["stories", "--db", db, "--format", "jsonl", "-o", output]));
        }
        using (var store = NewsLens.Store.Sqlite.SqliteArticleStore.Open(db, create: false))
        {
            var byTitle = store.Articles().ToList();
            Assert.Equal(4, byTitle.Count);
            var bridge = byTitle.Where(a => a.Title!.Contains("bridge", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(3, bridge.Count);
            Assert.Single(bridge.Select(a => a.Story).Distinct());
            Assert.NotEqual(bridge[0].Story, byTitle.Single(a => a.Title == "Council approves school budget").Story);
        }
        var story = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a => Assert.Equal(a.GetProperty("id").GetString(), a.GetProperty("storeId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var wire = articles.Single(a => a.GetProperty("outlet").GetString() == "Wire Copy");
        var herald = articles.Single(a => a.GetProperty("outlet").GetString() == "Daily Herald");
        Assert.Equal(herald.GetProperty("id").GetString(), wire.GetProperty("nearDuplicateOf").GetString());
    }

    [Fact]
    public void A_re_post_stored_first_still_points_to_the_copy_published_first()
    {
        static NewsLens.Cli.Store.StoryRow Row(string id, string text, string date) =>
            new(new NewsLens.Stories.StoryArticle(id, "Bridge", text, DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
                null, null, null, NewsLens.Stories.MinHash.Signature(text));
        // the wire copy was stored first (as parallel ingest may do), but the herald published a day earlier
        var rows = new[] { Row("wire", Bridge + " This story was updated.", "2026-03-11"), Row("herald", Bridge, "2026-03-10") };
        var marked = NewsLens.Cli.Store.StoreStories.MarkNearDuplicates(rows);
        Assert.Equal("herald", marked["wire"].NearDuplicateOf);
        Assert.Null(marked["herald"].NearDuplicateOf);
    }

    [Fact]
    public async Task Show_in_markdown_and_html_lists_the_other_articles_of_the_story()
    {
        using var dir = new TempDir();
        dir.File("in.jsonl", string.Join('\n', Corpus()[..4]) + "\n");
        var db = Path.Combine(dir.Path, "s.db");
        using (new ConsoleCapture())
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["ingest", Path.Combine(dir.Path, "in.jsonl"), "--db", db, "--models", Models, "--pipeline", "fast", "-q"]));
        long herald, courier, vote;
        using (var store = NewsLens.Store.Sqlite.SqliteArticleStore.Open(db, create: false))
        {
            var all = store.Articles().ToList();
            herald = all.Single(a => a.Outlet == "Daily Herald").Id;
            courier = all.Single(a => a.Outlet == "Morning Courier").Id;
            vote = all.Single(a => a.Outlet == "Evening Post").Id;
        }
        var md = Path.Combine(dir.Path, "a.md");
        var html = Path.Combine(dir.Path, "a.html");
        using (new ConsoleCapture())
        {
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["show", herald.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--models", Models, "-f", "md", "-o", md]));
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["show", herald.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--models", Models, "-f", "html", "-o", html]));
        }
        var text = File.ReadAllText(md);
        Assert.Contains("other stored article(s)", text);
        Assert.Contains($"- {courier}: 2026-03-10, Morning Courier, Cracked beam closes Kellan bridge", text);
        Assert.DoesNotContain($"- {vote}:", text);
        var page = File.ReadAllText(html);
        var section = page.IndexOf("<section class=\"story\"", StringComparison.Ordinal);
        Assert.True(section > 0 && section < page.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.Contains("Morning Courier", page[section..]);
    }

    [Fact]
    public async Task Show_in_json_is_the_stored_report_with_the_story_added_as_its_last_property()
    {
        using var dir = new TempDir();
        dir.File("in.jsonl", string.Join('\n', Corpus()[..4]) + "\n");
        var db = Path.Combine(dir.Path, "s.db");
        var json = Path.Combine(dir.Path, "a.json");
        using (new ConsoleCapture())
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["ingest", Path.Combine(dir.Path, "in.jsonl"), "--db", db, "--models", Models, "--pipeline", "fast", "-q"]));
        long herald, courier, wire;
        string stored, storyId;
        using (var store = NewsLens.Store.Sqlite.SqliteArticleStore.Open(db, create: false))
        {
            var all = store.Articles().ToList();
            herald = all.Single(a => a.Outlet == "Daily Herald").Id;
            courier = all.Single(a => a.Outlet == "Morning Courier").Id;
            wire = all.Single(a => a.Outlet == "Wire Copy").Id;
            stored = store.Report(herald)!;
            storyId = all.Single(a => a.Id == herald).Story!;
        }
        using (new ConsoleCapture())
            Assert.Equal(ExitCodes.Ok, await NewsLensCli.RunAsync(["show", herald.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "-o", json]));
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var props = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal("story", props[^1]);
        Assert.Equal(JsonDocument.Parse(stored).RootElement.EnumerateObject().Select(p => p.Name), props[..^1]);
        var story = root.GetProperty("story");
        Assert.Equal(storyId, story.GetProperty("id").GetString());
        Assert.Equal(new[] { courier, wire }.Order(), story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).Order());
    }
}
