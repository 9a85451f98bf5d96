using System.Text.Json;
using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class CompareCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("newslens-compare-");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (string Article, string Source) Pair() => (
        Write("article.txt", "Officials said the bridge will reopen in June. Thousands of drivers use it every day."),
        Write("source.txt", "Officials said the bridge may reopen in June. About 9,000 drivers use it every day."));

    [Fact]
    public async Task Compare_writes_each_flag_with_both_passages_side_by_side()
    {
        var (article, source) = Pair();
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(["compare", article, source, "--pipeline", "fast"]);
        Assert.Equal(ExitCodes.Ok, code);
        var text = console.Out.ToString();
        Assert.Contains("modality-changed", text);
        Assert.Contains("article [0-46]: Officials said the bridge will reopen in June.", text);
        Assert.Contains("source  [0-45]: Officials said the bridge may reopen in June.", text);
    }

    [Fact]
    public async Task Compare_writes_json_with_the_schema_version_and_spans()
    {
        var (article, source) = Pair();
        var output = Path.Combine(_dir.FullName, "out.json");
        int code = await NewsLensCli.RunAsync(["compare", article, source, "--pipeline", "fast", "--format", "json", "-o", output]);
        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
        var first = json.RootElement.GetProperty("discrepancies")[0];
        Assert.Equal("modality-changed", first.GetProperty("kind").GetString());
        Assert.Equal("will", first.GetProperty("articleValue").GetString());
        Assert.Equal(26, first.GetProperty("articleSpan")[0].GetInt32());
    }

    [Fact]
    public async Task A_missing_input_fails_naming_it()
    {
        var (article, _) = Pair();
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(["compare", article, Path.Combine(_dir.FullName, "nope.txt"), "--pipeline", "fast"]);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("nope.txt", console.Err.ToString());
    }

    [Fact]
    public async Task An_input_holding_several_articles_fails_naming_it()
    {
        var (article, _) = Pair();
        var many = Write("many.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(["compare", article, many, "--pipeline", "fast"]);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("more than one article", console.Err.ToString());
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (article, source) = Pair();
        using var console = new ConsoleCapture();
        Assert.Equal(ExitCodes.Usage, await NewsLensCli.RunAsync(["compare", article, source, "--format", "xml"]));
        Assert.Contains("text, json, md, html", console.Err.ToString());
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
