using System.Diagnostics;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Progress on stderr: a redrawn bar when stderr is a terminal, a plain line every few seconds when redirected,
/// nothing when quiet. Not thread-safe: call from the writer thread.
/// </summary>
internal sealed class ProgressReporter(TextWriter err, bool interactive, bool quiet, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _lastPrint = long.MinValue;

    public void Report(int done, int failed, long? total = null)
    {
        if (quiet) return;
        long now = _time.GetTimestamp();
        double sinceLast = _lastPrint == long.MinValue ? double.MaxValue : _time.GetElapsedTime(_lastPrint, now).TotalSeconds;
        if (interactive && sinceLast < 0.1) return;
        if (!interactive && sinceLast < 5) return;
        _lastPrint = now;
        double secs = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        double rate = secs > 0 ? done / secs : 0;
        if (interactive)
        {
            string bar = total is > 0 ? Bar(done / (double)total.Value) : new string('·', done % 20);
            err.Write($"\r[{bar}] {done} done, {failed} failed, {rate:0.0}/s   ");
        }
        else
        {
            err.WriteLine($"progress: {done} done, {failed} failed, {rate:0.0} articles/s");
        }
    }

    public void Finish(int done, int failed)
    {
        if (quiet) return;
        double secs = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        if (interactive) err.Write("\r" + new string(' ', 70) + "\r");
        err.WriteLine($"newslens: {done} succeeded, {failed} failed in {secs:0.0} s");
    }

    private static string Bar(double fraction)
    {
        int filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * 24);
        return new string('#', filled) + new string('-', 24 - filled);
    }
}
