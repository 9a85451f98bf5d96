using NewsLens.Cli;
using NewsLens.Cli.Batch;
using NewsLens.Reports;

namespace NewsLens.Tests.Cli;

[Collection(NewsLens.Tests.Support.ConsoleCollection.Name)]
public sealed class AnalyzeRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(AnalyzeSettings settings)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = new AnalyzeRunner(stdout, stderr).Run(settings with { Quiet = true }, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_batch_goes_on_past_a_bad_input_and_lists_it_at_the_end_with_exit_code_1()
    {
        var good = Write("good.txt", "Headline\n\nThe council met. It voted.");
        var empty = Write("empty.txt", "");
        var outDir = Path.Combine(_dir, "out");
        var (code, _, err) = Run(new AnalyzeSettings { Paths = [empty, good, Path.Combine(_dir, "missing.txt")], Output = outDir });
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.True(File.Exists(Path.Combine(outDir, "good.json")));
        Assert.Contains("empty.txt: empty input", err);
        Assert.Contains("missing.txt: no such file or directory", err);
        Assert.Contains("2 input(s) failed", err);
    }

    [Fact]
    public void An_article_whose_analyzers_hit_the_time_limit_is_written_but_counted_partial_with_exit_code_3()
    {
        var a = Write("a.txt", "The council met on Tuesday. It voted to repair the bridge, officials said.");
        var b = Write("b.txt", "Rain fell on the harbour.");
        var outDir = Path.Combine(_dir, "partial");
        // an analyzer that runs until the article's time limit cancels it, for a.txt only
        var key = new NewsLens.Text.LayerKey<NewsLens.Tests.Support.Mark>("slow");
        var slow = new NewsLens.Tests.Support.FakeAnalyzer("test.slow", key, body: (doc, token) =>
        {
            if (!doc.Text.Contains("council", StringComparison.Ordinal)) { doc.Set(key, []); return; }
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
        });
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = new AnalyzeRunner(stdout, stderr, (_, limits) => new NewsLens.Pipeline.PipelineBuilder().WithOptions(limits).Add(slow).Build())
            .Run(new AnalyzeSettings { Paths = [a, b], Output = outDir, TimeoutSeconds = 0.2 }, CancellationToken.None);
        Assert.Equal(ExitCodes.Partial, code);
        Assert.True(File.Exists(Path.Combine(outDir, "a.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "b.json")));
        var err = stderr.ToString();
        Assert.Contains("1 report(s) are partial", err);
        Assert.Contains("a.txt: not finished: test.slow", err);
        Assert.Contains("1 succeeded, 1 partial, 0 failed", err);
    }

    [Fact]
    public void Resume_cuts_a_torn_last_report_line_so_every_line_of_the_output_is_whole_json()
    {
        var a = Write("a.txt", "First article.");
        var b = Write("b.txt", "Second article.");
        var outFile = Path.Combine(_dir, "torn.jsonl");
        Assert.Equal(0, Run(new AnalyzeSettings { Paths = [a], Output = outFile, Format = ReportWriters.Get("jsonl"), Pipeline = NewsLens.Pipeline.PipelineKind.Fast }).Code);
        // a kill in the middle of writing b's report: half a line, and no resume entry for b
        File.AppendAllText(outFile, "{\"schemaVersion\":\"1.3\",\"article\":{\"id\":\"b\",\"tex");
        File.AppendAllText(outFile + ".newslens-state", "/half/a/loca");
        Assert.Equal(0, Run(new AnalyzeSettings { Paths = [a, b], Output = outFile, Format = ReportWriters.Get("jsonl"), Resume = true, Pipeline = NewsLens.Pipeline.PipelineKind.Fast }).Code);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => System.Text.Json.JsonDocument.Parse(l).Dispose());
        Assert.DoesNotContain(File.ReadAllLines(outFile + ".newslens-state"), l => l.StartsWith("/half", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kill_after_a_report_was_written_but_before_it_was_marked_done_neither_doubles_nor_loses_it()
    {
        var a = Write("ka.txt", "First article.");
        var b = Write("kb.txt", "Second article.");
        var outFile = Path.Combine(_dir, "kill.jsonl");
        var settings = new AnalyzeSettings { Paths = [a, b], Output = outFile, Format = ReportWriters.Get("jsonl"), Pipeline = NewsLens.Pipeline.PipelineKind.Fast };
        Assert.Equal(0, Run(settings with { Paths = [a] }).Code);
        // the killed run: b's report begun and written whole, the process gone before it marked b done
        long length = new FileInfo(outFile).Length;
        var complete = File.ReadAllLines(outFile)[0].Replace("ka.txt", "kb.txt", StringComparison.Ordinal);
        File.AppendAllText(outFile + ".newslens-state", $"+\t{length}\t{b}\n");
        File.AppendAllText(outFile, complete + "\n");
        Assert.Equal(0, Run(settings with { Resume = true }).Code);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(2, lines.Length);
        Assert.Single(lines, l => l.Contains("kb.txt", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("ka.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Resume_knows_an_input_by_its_full_path_whether_typed_relative_or_absolute()
    {
        var a = Write("rel.txt", "First article.");
        var outFile = Path.Combine(_dir, "rel.jsonl");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, a);
        Assert.NotEqual(a, relative);
        Assert.Equal(0, Run(new AnalyzeSettings { Paths = [relative], Output = outFile, Format = ReportWriters.Get("jsonl"), Pipeline = NewsLens.Pipeline.PipelineKind.Fast }).Code);
        var stderr = new StringWriter();
        int code = new AnalyzeRunner(new StringWriter(), stderr).Run(new AnalyzeSettings { Paths = [a], Output = outFile, Format = ReportWriters.Get("jsonl"),
            Resume = true, Pipeline = NewsLens.Pipeline.PipelineKind.Fast }, CancellationToken.None);
        Assert.Equal(0, code);
        Assert.Contains("skipped 1 inputs finished by an earlier run", stderr.ToString());
        Assert.Single(File.ReadAllLines(outFile));
    }

    [Fact]
    public void All_inputs_succeeding_gives_exit_code_0_and_one_report_per_article()
    {
        Write("a.txt", "One. Two.");
        Write("b.txt", "Three.");
        var outDir = Path.Combine(_dir, "reports");
        var (code, _, _) = Run(new AnalyzeSettings { Paths = [_dir], Output = outDir + "/", Format = ReportWriters.Get("html") });
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["a.html", "b.html"], Directory.GetFiles(outDir, "*.html").Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Resume_skips_inputs_finished_by_an_earlier_run_and_appends_to_its_output()
    {
        var a = Write("a.txt", "First article.");
        var b = Write("b.txt", "Second article.");
        var outFile = Path.Combine(_dir, "all.jsonl");
        Assert.Equal(0, Run(new AnalyzeSettings { Paths = [a], Output = outFile, Format = ReportWriters.Get("jsonl") }).Code);
        var (code, _, _) = Run(new AnalyzeSettings { Paths = [a, b], Output = outFile, Format = ReportWriters.Get("jsonl"), Resume = true });
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Second article.", lines[1]);
    }

    [Fact]
    public void An_article_over_the_size_limit_fails_alone()
    {
        var big = Write("big.txt", new string('a', 200) + ".");
        var small = Write("small.txt", "Fine.");
        var (code, output, err) = Run(new AnalyzeSettings { Paths = [big, small], MaxChars = 100, Format = ReportWriters.Get("jsonl") });
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Matches("big.txt: record too long: .*100", err);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var err = new StringWriter();
        var old = Console.Error;
        Console.SetError(err);
        try
        {
            Assert.Equal(ExitCodes.Usage, await NewsLensCli.RunAsync(["analyze", "x.txt", "--no-such-option"]));
        }
        finally
        {
            Console.SetError(old);
        }
        Assert.Contains("--no-such-option", err.ToString());
    }
}
