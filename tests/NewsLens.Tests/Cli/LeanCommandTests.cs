using System.Text.RegularExpressions;
using NewsLens.Analyzers.Lean;
using NewsLens.Cli;
using NewsLens.Tests.Analyzers.Lean;
using NewsLens.Tests.Ingest;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed partial class LeanCommandTests
{
    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");

    [GeneratedRegex(@"^[^\t]+\t(left|center|right)\t[01]\.\d{4}\t[01]\.\d{4}\t[01]\.\d{4}$")]
    private static partial Regex LinePattern();

    private static string Json(string id, string field, string text) =>
        $$"""{"topic": "t", "source": "Example Daily", "bias": 0, "title": "A title", "{{field}}": {{System.Text.Json.JsonSerializer.Serialize(text)}}, "bias_text": "left", "ID": "{{id}}"}""";

    [Fact]
    public async Task A_folder_of_allsides_json_gives_one_tab_separated_line_per_article_named_by_its_ID()
    {
        using var dir = new TempDir();
        dir.File("in/one.json", Json("ID0000000000001", "content_original", ShippedLeanModelTests.Editorial));
        dir.File("in/two.json", Json("ID0000000000002", "content", "Taxes rose , the report said . Families paid more ."));
        dir.File("in/three.txt", ShippedLeanModelTests.Column);
        var output = Path.Combine(dir.Path, "out.tsv");
        int code;
        using (new ConsoleCapture()) code = await NewsLensCli.RunAsync(["lean", Path.Combine(dir.Path, "in"), "-o", output, "--models", Models]);
        Assert.Equal(ExitCodes.Ok, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Matches(LinePattern(), l));
        Assert.Equal(["ID0000000000001", "ID0000000000002", "three"], lines.Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal));
        foreach (var l in lines)
        {
            var p = l.Split('\t')[2..].Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.InRange(p.Sum(), 0.9997, 1.0003);
        }
    }

    [Fact]
    public async Task Bad_records_are_named_on_stderr_the_batch_goes_on_and_the_exit_code_says_some_failed()
    {
        using var dir = new TempDir();
        dir.File("in/good.json", Json("GOOD", "content_original", ShippedLeanModelTests.Column));
        dir.File("in/broken.json", """{"ID": "BROKEN", "content_original": "cut off""");
        dir.File("in/notext.json", """{"ID": "NOTEXT", "title": "Only a title"}""");
        dir.File("in/blob.dat", [0x00, 0xFF, 0x13, 0x37, 0x00, 0x00, 0x81, 0x02, 0xFE]);
        var output = Path.Combine(dir.Path, "out.tsv");
        int code;
        string err;
        using (var console = new ConsoleCapture())
        {
            code = await NewsLensCli.RunAsync(["lean", Path.Combine(dir.Path, "in"), "-o", output, "--models", Models]);
            err = console.Err.ToString();
        }
        Assert.Equal(ExitCodes.SomeFailed, code);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("GOOD\t", Assert.Single(lines));
        Assert.Contains("broken.json", err);
        Assert.Contains("notext.json", err);
        Assert.Contains("no article text", err);
        Assert.Contains("blob.dat", err);
        Assert.Contains("3 input(s) failed", err);
    }

    [Fact]
    public void A_line_has_the_id_the_label_and_three_probabilities_with_four_decimals()
    {
        var lean = new ArticleLean(0.12345, 0.5, 0.37655, "center", []);
        Assert.Equal("a-1\tcenter\t0.1235\t0.5000\t0.3766", NewsLens.Cli.Commands.LeanCommand.Line("a-1", lean));
    }
}
