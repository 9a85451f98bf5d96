using NewsLens.Cli;
using NewsLens.Cli.Batch;
using NewsLens.Pipeline;
using NewsLens.Reports;

namespace NewsLens.Tests.Cli.Batch;

public sealed class InterruptedBatchTests : IDisposable
{
    private static readonly DateTime Marked = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private readonly SameNamedCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    /// <summary>Writes JSON reports and cancels the run once it has written <paramref name="limit"/> of them.</summary>
    private sealed class CancellingWriter(CancellationTokenSource cts, int limit) : IReportWriter
    {
        private readonly JsonReportWriter _json = new();
        private int _written;
        public string Name => _json.Name;
        public string FileExtension => _json.FileExtension;
        public string ContentType => _json.ContentType;
        public bool CanStream => false;

        public void Write(AnalysisResult result, TextWriter output)
        {
            _json.Write(result, output);
            if (++_written == limit) cts.Cancel();
        }
    }

    [Fact]
    public void A_directory_batch_interrupted_and_resumed_overwrites_no_report_and_misses_none()
    {
        var outDir = Path.Combine(_corpus.Root, "out");
        var settings = new AnalyzeSettings { Paths = [_corpus.Input], Output = outDir, Jobs = 1, Quiet = true };
        using var cts = new CancellationTokenSource();
        var err = new StringWriter();
        int code = new AnalyzeRunner(TextWriter.Null, err).Run(settings with { Format = new CancellingWriter(cts, 2) }, cts.Token);

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("--resume", err.ToString());
        var first = Directory.GetFiles(outDir, "*.json");
        Assert.InRange(first.Length, 2, SameNamedCorpus.Articles.Length - 1);
        // why: a report the resumed run rewrote would get a new write time; mark the first run's reports to tell
        foreach (var f in first) File.SetLastWriteTimeUtc(f, Marked);
        var firstContent = first.ToDictionary(f => f, File.ReadAllText);

        Assert.Equal(ExitCodes.Ok, new AnalyzeRunner(TextWriter.Null, TextWriter.Null).Run(settings with { Resume = true }, CancellationToken.None));

        foreach (var f in first)
        {
            Assert.Equal(Marked, File.GetLastWriteTimeUtc(f));
            Assert.Equal(firstContent[f], File.ReadAllText(f));
        }
        var all = Directory.GetFiles(outDir, "*.json");
        var reports = SameNamedCorpus.Identities(all.Select(File.ReadAllText));
        Assert.Equal(_corpus.InputPaths.Order(StringComparer.Ordinal), reports.Select(r => r.Input).Order(StringComparer.Ordinal));
        Assert.Equal(all.Length, reports.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_resumed_run_gives_every_report_the_name_an_uninterrupted_run_gives_it()
    {
        var whole = Path.Combine(_corpus.Root, "whole");
        var parts = Path.Combine(_corpus.Root, "parts");
        var settings = new AnalyzeSettings { Paths = [_corpus.Input], Jobs = 1, Quiet = true };
        new AnalyzeRunner(TextWriter.Null, TextWriter.Null).Run(settings with { Output = whole }, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        new AnalyzeRunner(TextWriter.Null, TextWriter.Null).Run(settings with { Output = parts, Format = new CancellingWriter(cts, 3) }, cts.Token);
        new AnalyzeRunner(TextWriter.Null, TextWriter.Null).Run(settings with { Output = parts, Resume = true }, CancellationToken.None);
        static IEnumerable<(string, string)> Listing(string dir) =>
            Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        Assert.Equal(Listing(whole), Listing(parts));
    }
}
