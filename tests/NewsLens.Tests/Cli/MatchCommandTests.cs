using System.Text.RegularExpressions;
using NewsLens.Cli;
using NewsLens.FactChecks;
using NewsLens.Tests.FactChecks;
using NewsLens.Tests.Ingest;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed partial class MatchCommandTests
{
    [GeneratedRegex(@"^\S+ Q0 \S+ \d+ -?\d+(\.\d+)? newslens$")]
    private static partial Regex TrecLine();

    [Fact]
    public async Task A_trec_run_lists_every_claim_per_query_ranked_and_named_by_the_query_id()
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "f.nlidx");
        FactCheckFixtures.Index(vectors: false).Write(index);
        var queries = dir.File("q.tsv", "\ttweet_content\n11\tvaccines contain microchips\n12\tthe mayor closed three schools\n");
        var qrels = dir.File("q.qrels", "11 0 v1 1\n12 0 s1 1\n");
        var run = Path.Combine(dir.Path, "run.txt");
        int code;
        using (var c = new ConsoleCapture())
        {
            code = await NewsLensCli.RunAsync(["match", "--index", index, "--queries", queries, "--format", "trec", "-o", run, "--qrels", qrels]);
            Assert.Contains("MAP@5 1.0000", c.Err.ToString());
        }
        Assert.Equal(ExitCodes.Ok, code);
        var lines = File.ReadAllLines(run);
        Assert.Equal(2 * FactCheckFixtures.Claims.Length, lines.Length);
        Assert.All(lines, l => Assert.Matches(TrecLine(), l));
        Assert.Equal("11 Q0 v1 1", string.Join(' ', lines[0].Split(' ')[..4]));
        Assert.Equal("12 Q0 s1 1", string.Join(' ', lines[4].Split(' ')[..4]));
    }

    [Fact]
    public async Task Neither_or_both_of_claims_and_index_is_a_usage_error()
    {
        using var dir = new TempDir();
        var queries = dir.File("q.tsv", "1\tx\n");
        using var c = new ConsoleCapture();
        Assert.Equal(ExitCodes.Usage, await NewsLensCli.RunAsync(["match", "--queries", queries]));
        Assert.Contains("exactly one of --claims FILE and --index FILE", c.Err.ToString());
    }

    [Fact]
    public async Task An_index_that_is_not_one_fails_naming_the_file()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.nlidx", "nope");
        var queries = dir.File("q.tsv", "1\tx\n");
        using var c = new ConsoleCapture();
        Assert.Equal(ExitCodes.SomeFailed, await NewsLensCli.RunAsync(["match", "--index", bad, "--queries", queries]));
        Assert.Contains("bad.nlidx", c.Err.ToString());
    }

    [Fact]
    public async Task Import_reads_tsv_and_claim_review_files_names_a_bad_record_and_writes_the_index()
    {
        using var dir = new TempDir();
        var tsv = dir.File("c.tsv", "1\tThe harbour bridge cost 40 million dollars.\tBridge cost?\nbroken line\n");
        var json = dir.File("r.json", """[{"@type": "ClaimReview", "claimReviewed": "Vaccines contain microchips.", "url": "https://x.example/v", "reviewRating": {"alternateName": "False"}}]""");
        var index = Path.Combine(dir.Path, "out.nlidx");
        int code;
        using (var c = new ConsoleCapture())
        {
            code = await NewsLensCli.RunAsync(["factchecks", "import", tsv, json, "--index", index]);
            Assert.Contains("c.tsv line 2", c.Err.ToString());
        }
        Assert.Equal(ExitCodes.SomeFailed, code);
        var back = FactCheckIndex.Read(index);
        Assert.Equal(["1", "https://x.example/v"], Enumerable.Range(0, back.Count).Select(i => back.Claim(i).Id));
        Assert.Equal("False", back.Claim(1).Verdict);
        Assert.NotNull(back.ClaimVectors);
    }
}
