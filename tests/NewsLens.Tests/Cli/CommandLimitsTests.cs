using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class CommandLimitsTests : IDisposable
{
    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(args);
        return (code, console.Out.ToString(), console.Err.ToString());
    }

    [Fact]
    public async Task Claims_refuses_an_article_over_max_chars_naming_it_and_goes_on_with_the_next()
    {
        var big = Path.Combine(_dir, "big.txt");
        var small = Path.Combine(_dir, "small.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat("The council spent 40 million pounds on the bridge. ", 40)));
        File.WriteAllText(small, "The council spent 40 million pounds.");
        var (code, output, err) = await Run("claims", big, small, "--pipeline", "fast", "--models", Models, "--max-chars", "500", "-f", "text");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("big.txt", err);
        Assert.Contains("over the limit of 500", err);
        Assert.Contains("small.txt", output);
    }

    [Fact]
    public async Task Classify_refuses_an_article_over_max_chars_naming_it_and_classifies_the_rest()
    {
        var xml = Path.Combine(_dir, "articles.xml");
        File.WriteAllText(xml, "<articles>\n<article id=\"1\" title=\"Long\"><p>" + string.Concat(Enumerable.Repeat("The council met again today. ", 40)) +
            "</p></article>\n<article id=\"2\" title=\"Short\"><p>The council met.</p></article>\n</articles>\n");
        var outFile = Path.Combine(_dir, "out.txt");
        var (code, _, err) = await Run("classify", xml, "--pipeline", "fast", "--models", Models, "--max-chars", "500", "-o", outFile);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("articles.xml", err);
        Assert.StartsWith("2 ", File.ReadAllText(outFile));
    }

    [Fact]
    public async Task Classify_and_claims_reject_a_time_limit_of_zero_as_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, (await Run("classify", "x.xml", "--timeout", "0")).Code);
        Assert.Equal(ExitCodes.Usage, (await Run("claims", "x.txt", "--timeout", "0")).Code);
    }
}
