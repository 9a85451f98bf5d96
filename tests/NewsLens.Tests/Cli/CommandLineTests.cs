using System.CommandLine;
using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests : IDisposable
{
    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(args);
        return (code, console.Out.ToString(), console.Err.ToString());
    }

    private static IEnumerable<Command> AllCommands(Command c) => c.Subcommands.SelectMany(AllCommands).Prepend(c);

    [Fact]
    public void Every_command_takes_its_output_as_dash_o_or_dash_dash_output()
    {
        var leaves = AllCommands(NewsLensCli.Build()).Where(c => c.Subcommands.Count == 0).ToList();
        Assert.NotEmpty(leaves);
        Assert.All(leaves, c =>
        {
            var output = Assert.Single(c.Options, o => o.Name == "--output");
            Assert.Contains("-o", output.Aliases);
            Assert.DoesNotContain(c.Options, o => o.Name == "--out" || o.Aliases.Contains("--out"));
        });
    }

    [Theory]
    [InlineData("--format", "pdf", "json, jsonl, html, md")]
    [InlineData("--input-format", "docx", "text, ptc, json, jsonl, csv, tsv, xml, warc, html")]
    public async Task An_unknown_format_name_is_a_usage_error_listing_the_valid_names(string option, string value, string names)
    {
        var (code, output, err) = await Run("analyze", Write("a.txt", "Rain fell."), option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"unknown {option} '{value}'", err);
        Assert.Contains(names, err);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("analyze", "--max-chars", "-5")]
    [InlineData("analyze", "--jobs", "0")]
    [InlineData("analyze", "-j", "0")]
    [InlineData("analyze", "--timeout", "0")]
    [InlineData("claims", "--top", "0")]
    public async Task A_numeric_option_out_of_range_is_a_usage_error_naming_the_option(string command, string option, string value)
    {
        var (code, _, err) = await Run(command, Write("a.txt", "Rain fell."), option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option == "-j" ? "--jobs" : option, err);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("claims")]
    [InlineData("quotes")]
    public async Task A_models_folder_lacking_the_model_files_is_a_usage_error_naming_them(string command)
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "no-models")).FullName;
        var (code, _, err) = await Run(command, Write("a.txt", "Rain fell."), "--models", empty);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(empty, err);
        Assert.Contains(command == "quotes" ? "attributions.encoder.bin" : "claims.bin", err);
    }

    [Fact]
    public async Task A_models_folder_that_does_not_exist_is_a_usage_error()
    {
        var (code, _, err) = await Run("analyze", Write("a.txt", "Rain fell."), "--models", Path.Combine(_dir, "nowhere"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no such folder", err);
    }

    [Fact]
    public async Task Extracting_a_missing_file_is_an_error_naming_it_not_zero_of_zero()
    {
        var (code, _, err) = await Run("extract", Path.Combine(_dir, "nosuch.html"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nosuch.html: no such file or directory", err);
        Assert.DoesNotContain("0 of 0", err);
    }

    [Fact]
    public async Task Quotes_reads_a_single_file_as_well_as_a_folder()
    {
        var file = Write("one/story.txt", "The mayor said the bridge would reopen in May.");
        var (fromFile, fileOut, _) = await Run("quotes", file, "--models", Models);
        var (fromFolder, folderOut, _) = await Run("quotes", Path.GetDirectoryName(file)!, "--models", Models);
        Assert.Equal(ExitCodes.Ok, fromFile);
        Assert.Equal(ExitCodes.Ok, fromFolder);
        Assert.Contains("\"doc\":\"story\"", fileOut);
        Assert.Equal(folderOut, fileOut);
    }

    [Fact]
    public async Task Quotes_fails_an_oversized_file_alone_naming_the_limit_and_goes_on()
    {
        var big = Write("in/big.txt", new string('a', 5_100_000));
        Write("in/small.txt", "The mayor said the bridge would reopen in May.");
        var (code, output, err) = await Run("quotes", Path.GetDirectoryName(big)!, "--models", Models, "--pipeline", "fast");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("big.txt: text is 5,100,000 characters, over the limit of 5,000,000", err);
        Assert.Contains("\"doc\":\"small\"", output);
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public async Task Quotes_runs_either_pipeline_and_finds_the_speaker(string pipeline)
    {
        const string text = "\u201CThe bridge will reopen in May,\u201D said Rosa Lind, the city engineer.";
        var file = Write("p/" + pipeline + ".txt", text);
        var (code, output, err) = await Run("quotes", file, "--models", Models, "--pipeline", pipeline);
        Assert.True(code == ExitCodes.Ok, err);
        using var line = System.Text.Json.JsonDocument.Parse(output.Split('\n')[0]);
        var source = line.RootElement.GetProperty("source");
        Assert.Equal(text.IndexOf("Rosa", StringComparison.Ordinal), source[0].GetInt32());
    }

    [Fact]
    public async Task Quotes_names_the_fast_model_file_when_the_fast_pipeline_lacks_it()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "no-models-fast")).FullName;
        var (code, _, err) = await Run("quotes", Write("a.txt", "Rain fell."), "--models", empty, "--pipeline", "fast");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("attributions.bin", err);
        Assert.DoesNotContain("attributions.encoder.bin", err);
    }

    [Fact]
    public async Task An_unexpected_failure_is_one_line_naming_the_problem_without_dotnet_exception_text()
    {
        var page = Write("page.html", "<html><body><article><p>The mayor resigned on Monday.</p></article></body></html>");
        var target = Path.Combine(_dir, "missing-folder", "deeper", "out.jsonl");
        var (code, _, err) = await Run("extract", page, "-o", target);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.StartsWith("newslens extract: ", err);
        Assert.Contains("missing-folder", err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("System.", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public async Task Outlets_writes_its_answer_to_the_file_given_by_dash_o()
    {
        var target = Path.Combine(_dir, "outlets.txt");
        var (code, output, _) = await Run("outlets", "bbc.co.uk", "-o", target);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(output);
        Assert.Contains("bbc.co.uk", File.ReadAllText(target));
    }

    [Fact]
    public async Task Outlets_reads_an_operators_own_ratings_and_prints_their_notice()
    {
        var file = Write("ratings.tsv", "# Ratings by the Harbour Press Council.\n" + NewsLens.Analyzers.Outlets.OutletRegistry.Header + "\n" +
            "harbourgazette.example\tHarbour Gazette\thigh\tcenter\t\t\t\town-2026\thttps://council.example/gazette\n");
        var (code, output, _) = await Run("outlets", "harbourgazette.example", "--registry", file);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Harbour Gazette", output);
        Assert.Contains("Ratings by the Harbour Press Council.", output);
        // why: the operator reads the rating in the words the reports use, with the rater's own code beside it
        Assert.Contains("category:    least biased; high factual reporting", output);
        Assert.Contains("bias:        least biased (MBFC: center)", output);
    }

    [Fact]
    public async Task Outlets_refuses_a_ratings_file_without_the_header_naming_it()
    {
        var file = Write("bad.tsv", "domain,name\n");
        var (code, _, err) = await Run("outlets", "x.example", "--registry", file);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(file, err);
    }
}
