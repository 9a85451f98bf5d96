using NewsLens.Cli;
using NewsLens.Cli.Batch;
using NewsLens.Reports;

namespace NewsLens.Tests.Cli.Batch;

public sealed class BatchIdentityTests : IDisposable
{
    private readonly SameNamedCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private (int Code, string Out, string Err) Run(AnalyzeSettings settings)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = new AnalyzeRunner(stdout, stderr).Run(settings with { Quiet = true }, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private void AssertOneDistinctReportPerInput(List<(string Id, string Input)> reports)
    {
        Assert.Equal(SameNamedCorpus.Articles.Length, reports.Count);
        Assert.Equal(reports.Count, reports.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(_corpus.InputPaths.Order(StringComparer.Ordinal), reports.Select(r => r.Input).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Same_named_files_in_subfolders_give_distinct_ids_and_one_report_each_naming_its_input_in_a_directory()
    {
        var outDir = Path.Combine(_corpus.Root, "out");
        var (code, _, _) = Run(new AnalyzeSettings { Paths = [_corpus.Input], Output = outDir });
        Assert.Equal(ExitCodes.Ok, code);
        var files = Directory.GetFiles(outDir, "*.json");
        AssertOneDistinctReportPerInput(SameNamedCorpus.Identities(files.Select(File.ReadAllText)));
        Assert.Contains(Path.Combine(outDir, "business_001.json"), files);
        Assert.Contains(Path.Combine(outDir, "a_b_001-2.json"), files);
    }

    [Fact]
    public void Same_named_files_in_subfolders_give_distinct_ids_and_one_report_each_naming_its_input_in_a_jsonl_file()
    {
        var outFile = Path.Combine(_corpus.Root, "all.jsonl");
        var (code, _, _) = Run(new AnalyzeSettings { Paths = [_corpus.Input], Output = outFile, Format = ReportWriters.Get("jsonl") });
        Assert.Equal(ExitCodes.Ok, code);
        AssertOneDistinctReportPerInput(SameNamedCorpus.Identities(File.ReadAllLines(outFile)));
    }

    [Fact]
    public void Same_named_files_in_subfolders_give_distinct_ids_and_one_report_each_naming_its_input_on_standard_output()
    {
        var (code, output, _) = Run(new AnalyzeSettings { Paths = [_corpus.Input], Format = ReportWriters.Get("jsonl") });
        Assert.Equal(ExitCodes.Ok, code);
        var reports = SameNamedCorpus.Identities(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertOneDistinctReportPerInput(reports);
        Assert.Contains(reports, r => r.Id == "business/001");
    }

    [Fact]
    public void The_same_file_named_twice_gets_a_suffixed_second_id()
    {
        var file = _corpus.InputPaths.First();
        var (_, output, _) = Run(new AnalyzeSettings { Paths = [file, file], Format = ReportWriters.Get("jsonl") });
        Assert.Equal(["001", "001-2"], SameNamedCorpus.Identities(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(r => r.Id));
    }

    [Fact]
    public void Files_that_are_not_articles_are_skipped_with_a_note_in_the_summary_and_not_counted_as_failures()
    {
        var (code, _, err) = Run(new AnalyzeSettings { Paths = [_corpus.Input], Format = ReportWriters.Get("jsonl") });
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("skipped 2 file(s) that are not articles", err);
        Assert.Contains("README.md: notes", err);
        Assert.Contains("SHA256SUMS: checksum file", err);
    }

    [Fact]
    public void The_reports_of_a_batch_are_byte_identical_from_one_run_to_the_next()
    {
        var jsonl = ReportWriters.Get("jsonl");
        Assert.Equal(Run(new AnalyzeSettings { Paths = [_corpus.Input], Format = jsonl }).Out, Run(new AnalyzeSettings { Paths = [_corpus.Input], Format = jsonl, Jobs = 1 }).Out);
    }

    [Fact]
    public void A_rerun_writing_inside_its_input_folder_does_not_read_its_own_reports_as_articles()
    {
        var outDir = Path.Combine(_corpus.Input, "out");
        Assert.Equal(ExitCodes.Ok, Run(new AnalyzeSettings { Paths = [_corpus.Input], Output = outDir }).Code);
        var (code, _, err) = Run(new AnalyzeSettings { Paths = [_corpus.Input], Output = outDir });
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("output of this batch", err);
        Assert.Equal(SameNamedCorpus.Articles.Length, Directory.GetFiles(outDir, "*.json").Length);
    }
}
