using System.Globalization;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Progress on stderr: a redrawn bar when stderr is a terminal, a plain line every few seconds when redirected,
/// nothing when quiet. With a known total it shows done / total and an estimated time left. Not thread-safe: call
/// from the writer thread.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _err;
    private readonly bool _interactive;
    private readonly bool _quiet;
    private readonly long? _total;
    private readonly TimeProvider _time;
    private readonly long _start;
    private long _lastPrint = long.MinValue;

    /// <param name="total">items the batch will give (articles and failures), when known beforehand</param>
    public ProgressReporter(TextWriter err, bool interactive, bool quiet, long? total = null, TimeProvider? time = null)
    {
        _err = err;
        _interactive = interactive;
        _quiet = quiet;
        _total = total;
        _time = time ?? TimeProvider.System;
        _start = _time.GetTimestamp();
    }

    /// <param name="succeeded">articles reported so far in this run</param>
    /// <param name="failed">inputs failed so far</param>
    /// <param name="resumed">inputs skipped because an earlier run finished them</param>
    public void Report(int succeeded, int failed, int resumed = 0)
    {
        if (_quiet) return;
        long now = _time.GetTimestamp();
        double sinceLast = _lastPrint == long.MinValue ? double.MaxValue : _time.GetElapsedTime(_lastPrint, now).TotalSeconds;
        if (_interactive && sinceLast < 0.1) return;
        if (!_interactive && sinceLast < 5) return;
        _lastPrint = now;
        double secs = _time.GetElapsedTime(_start, now).TotalSeconds;
        int worked = succeeded + failed;
        long position = worked + resumed;
        double rate = secs > 0 ? worked / secs : 0;
        string count = _total is { } t ? $"{position}/{t}" : $"{position}";
        string eta = _total is { } total && rate > 0 ? $", ETA {Duration((total - position) / rate)}" : "";
        if (_interactive)
        {
            string bar = _total is > 0 ? Bar(position / (double)_total.Value) : new string('·', (int)(position % 20));
            _err.Write($"\r[{bar}] {count} done, {failed} failed, {rate:0.0}/s{eta}   ");
        }
        else
        {
            _err.WriteLine($"progress: {count} done, {failed} failed, {rate:0.0} articles/s{eta}");
        }
    }

    public void Finish(int succeeded, int failed, int partial = 0)
    {
        if (_quiet) return;
        double secs = _time.GetElapsedTime(_start).TotalSeconds;
        if (_interactive) _err.Write("\r" + new string(' ', 90) + "\r");
        _err.WriteLine($"newslens: {succeeded} succeeded, {(partial > 0 ? $"{partial} partial, " : "")}{failed} failed in {secs:0.0} s");
    }

    private static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}h{t.Minutes:00}m")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}m{t.Seconds:00}s");
    }

    private static string Bar(double fraction)
    {
        int filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * 24);
        return new string('#', filled) + new string('-', 24 - filled);
    }
}
