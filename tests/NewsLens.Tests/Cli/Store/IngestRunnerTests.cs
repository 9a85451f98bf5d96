using NewsLens.Cli;
using NewsLens.Cli.Store;
using NewsLens.Pipeline;
using NewsLens.Store.Sqlite;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli.Store;

[Collection(ConsoleCollection.Name)]
public sealed class IngestRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-ingest-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "store.db");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static AnalysisPipeline Marks(IngestSettings s, PipelineOptions limits) =>
        new PipelineBuilder().WithOptions(limits).Add(new FakeAnalyzer("test.marks", new NewsLens.Text.LayerKey<Mark>("marks"))).Build();

    private (int Code, string Err) Ingest(params string[] paths) => Ingest(Environment.ProcessorCount, paths);

    private (int Code, string Err) Ingest(int jobs, params string[] paths)
    {
        var err = new StringWriter();
        int code = new IngestRunner(err, Marks).Run(new IngestSettings { Paths = paths, Db = Db, MaxChars = 2_000, BatchSize = 2, Jobs = jobs }, CancellationToken.None);
        return (code, err.ToString());
    }

    private long Stored()
    {
        using var store = SqliteArticleStore.Open(Db, create: false);
        return store.Stats().Articles;
    }

    private const string Good = """{"title":"Bridge","text":"The council met on Tuesday and voted to repair the bridge."}""";

    [Theory]
    [InlineData("bad.jsonl", Good + "\n{\"text\": broken\n", "bad.jsonl:2: invalid JSON")]
    [InlineData("bad.jsonl", Good + "\n{\"title\":\"No text\"}\n", "bad.jsonl:2: no article text")]
    [InlineData("bad.jsonl", Good + "\n{\"text\":\"LONG\"}\n", "bad.jsonl:2: record too long")]
    [InlineData("bad.csv", "id,title,text\n1,One,\"The mayor said the harbour would reopen.\"\n2,Two\n", "bad.csv:3: expected 3 fields")]
    [InlineData("bad.csv", "id,title,text\n1,One,\"The mayor said the harbour would reopen.\"\n2,Two,\"\"\n", "bad.csv:3: empty text")]
    [InlineData("bad.xml", "<articles><article id=\"1\" title=\"X\"><p>Officials said the plan was approved.</p></article><article id=\"2\"", "bad.xml:1: malformed XML")]
    public void A_bad_record_is_reported_with_its_file_record_and_problem_and_the_good_ones_are_stored(string name, string content, string expected)
    {
        var path = Write(name, content.Replace("LONG", new string('x', 3_000), StringComparison.Ordinal));
        var (code, err) = Ingest(path);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains(Path.Combine(_dir, expected), err);
        Assert.Equal(1, Stored());
    }

    [Theory]
    [InlineData("missing.jsonl", null, "missing.jsonl: no such file or directory")]
    [InlineData("empty.jsonl", "", "empty.jsonl: empty input")]
    [InlineData("binary.txt", "\0\u0001\u0002\0\0\u0003\u0004\0\0\u0005\u0006\0", "binary.txt: content looks binary")]
    public void A_bad_file_is_reported_and_the_other_inputs_are_stored(string name, string? content, string expected)
    {
        var path = content is null ? Path.Combine(_dir, name) : Write(name, content);
        var (code, err) = Ingest(path, Write("good.jsonl", Good + "\n"));
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains(Path.Combine(_dir, expected), err);
        Assert.Equal(1, Stored());
    }

    [Fact]
    public void The_same_article_in_two_inputs_is_stored_once_and_reported_as_a_duplicate()
    {
        var jsonl = Write("a.jsonl", """{"title":"Bridge","url":"https://www.example.com/bridge?utm_source=feed","text":"The council met on Tuesday."}""" + "\n"
            + """{"title":"Copy","text":"the council met  on TUESDAY."}""" + "\n"
            + """{"title":"Changed","text":"The council met on Monday."}""" + "\n");
        var csv = Write("b.csv", "title,url,text\nBridge,https://example.com/bridge/,\"The council, having met, voted.\"\n");
        // why: one job keeps input order; with several, which copy arrives first can change which one is stored, and a
        // copy found a duplicate by text does not lend its URL to later records (a known gap: see the store README)
        var (code, err) = Ingest(1, jsonl, csv);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(2, Stored());
        Assert.Contains("2 duplicate(s)", err);
        Assert.Contains("a.jsonl:2: duplicate of article 1 (same normalised text)", err);
        Assert.Contains("b.csv:2: duplicate of article 1 (same canonical URL)", err);
    }

    [Fact]
    public void Running_the_same_ingest_again_stores_nothing_twice()
    {
        var jsonl = Write("a.jsonl", string.Join("\n", Enumerable.Range(1, 7).Select(i => $$"""{"text":"Story {{i}}: the council met on day {{i}}."}""")) + "\n");
        Assert.Equal(ExitCodes.Ok, Ingest(jsonl).Code);
        var (code, err) = Ingest(jsonl);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("0 article(s) stored", err);
        Assert.Equal(7, Stored());
    }

    [Fact]
    public void A_store_that_a_newer_program_wrote_stops_the_ingest_with_a_clear_message()
    {
        using (SqliteArticleStore.Open(Db)) { }
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 42";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<NewsLens.Store.StoreException>(() => Ingest(Write("a.jsonl", Good + "\n")));
        Assert.Contains("newer than this program's", ex.Message);
    }
}
