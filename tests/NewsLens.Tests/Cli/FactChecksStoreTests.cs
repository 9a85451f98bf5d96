using System.Text.Json;
using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

/// <summary>`factchecks import --db` puts the index beside the store, and ingest and show then match against it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FactChecksStoreTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("newslens-fcstore-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(args);
        return (code, console.Out.ToString(), console.Err.ToString());
    }

    [Fact]
    public async Task Claims_of_articles_ingested_after_an_import_keep_their_matches_in_the_store()
    {
        var claims = PathOf("claims.tsv");
        File.WriteAllText(claims, "vclaim_id\tvclaim\ttitle\nfc1\tThe Harbour council voted to spend 4.2 million dollars repairing the old pier.\tPier repair cost\n"
            + "fc2\tA bakery in the old town won a national prize for rye bread.\tBakery prize\n");
        var article = PathOf("pier.txt");
        File.WriteAllText(article, "Pier repairs\n\nThe Harbour council voted on Monday to spend 4.2 million dollars repairing the old pier, officials said. The mayor said the work may finish by October.\n");
        var db = PathOf("news.db");
        Assert.Equal(ExitCodes.Ok, (await Run("factchecks", "import", claims, "--db", db)).Code);
        Assert.True(File.Exists(PathOf("news.factchecks.nlidx")));
        Assert.Equal(ExitCodes.Ok, (await Run("ingest", article, "--db", db, "--pipeline", "fast", "-q")).Code);
        var (_, json, _) = await Run("show", "1", "--db", db);
        var match = JsonDocument.Parse(json).RootElement.GetProperty("layers").GetProperty("factChecks")[0].GetProperty("matches")[0];
        Assert.Equal("fc1", match.GetProperty("id").GetString());
        Assert.InRange(match.GetProperty("score").GetDouble(), 0.5, 1);
        var (code, md, err) = await Run("show", "1", "--db", db, "--format", "md");
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Contains("fact-checked", md);
    }

    [Fact]
    public async Task Importing_into_a_postgres_store_is_a_usage_error_that_says_what_to_do()
    {
        var claims = PathOf("claims.tsv");
        File.WriteAllText(claims, "fc1\tA claim.\tA title\n");
        var (code, _, err) = await Run("factchecks", "import", claims, "--db", "postgres://u:p@localhost/news");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("-o FILE", err);
    }

    [Fact]
    public async Task Import_needs_exactly_one_destination()
    {
        var claims = PathOf("claims.tsv");
        File.WriteAllText(claims, "fc1\tA claim.\tA title\n");
        Assert.Equal(ExitCodes.Usage, (await Run("factchecks", "import", claims)).Code);
    }
}
