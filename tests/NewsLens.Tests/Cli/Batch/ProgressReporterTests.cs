using NewsLens.Cli.Batch;

namespace NewsLens.Tests.Cli.Batch;

public sealed class ProgressReporterTests
{
    /// <summary>A clock that moves only when told, in milliseconds.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public long Now { get; set; }
        public override long TimestampFrequency => 1000;
        public override long GetTimestamp() => Now;
    }

    [Fact]
    public void Redirected_progress_is_a_plain_line_with_done_of_total_and_the_time_left()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        var progress = new ProgressReporter(err, interactive: false, quiet: false, total: 10, time: time);
        time.Now = 10_000;
        progress.Report(succeeded: 3, failed: 1);
        Assert.Equal("progress: 4/10 done, 1 failed, 0.4 articles/s, ETA 0m15s" + Environment.NewLine, err.ToString());
    }

    [Fact]
    public void Without_a_known_total_progress_shows_the_count_and_no_time_left()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        var progress = new ProgressReporter(err, interactive: false, quiet: false, time: time);
        time.Now = 2_000;
        progress.Report(succeeded: 4, failed: 0);
        Assert.Equal("progress: 4 done, 0 failed, 2.0 articles/s" + Environment.NewLine, err.ToString());
    }

    [Fact]
    public void Inputs_finished_by_an_earlier_run_count_as_done_but_not_in_the_rate()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        var progress = new ProgressReporter(err, interactive: false, quiet: false, total: 100, time: time);
        time.Now = 10_000;
        progress.Report(succeeded: 10, failed: 0, resumed: 50);
        Assert.Contains("60/100 done, 0 failed, 1.0 articles/s, ETA 0m40s", err.ToString());
    }

    [Fact]
    public void A_terminal_gets_a_redrawn_bar_with_done_of_total()
    {
        var time = new ManualTime();
        var err = new StringWriter();
        var progress = new ProgressReporter(err, interactive: true, quiet: false, total: 4, time: time);
        time.Now = 1_000;
        progress.Report(succeeded: 2, failed: 0);
        Assert.StartsWith("\r[############------------] 2/4 done", err.ToString());
    }
}
