namespace NewsLens.Cli.Batch;

/// <summary>
/// Remembers which inputs a batch finished, one location per line in a state file beside the output, so an
/// interrupted run restarted with <c>--resume</c> skips them. Appends and flushes after every input. Before a report
/// goes into a single JSON Lines file, a begin line (<c>+</c>, tab, the file's length, tab, the location) records where
/// it starts: a resume cuts the file back there when that report was never marked done, so a kill at any instant
/// neither doubles nor loses a record.
/// </summary>
internal sealed class ResumeState : IDisposable
{
    private readonly HashSet<string> _done;
    private readonly StreamWriter? _writer;

    private ResumeState(HashSet<string> done, StreamWriter? writer)
    {
        _done = done;
        _writer = writer;
    }

    public static ResumeState None { get; } = new([], null);

    public static ResumeState Open(string path, bool resume)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (resume) TornLines.CutToLastNewline(path);
        if (resume && File.Exists(path))
            foreach (var line in File.ReadLines(path))
                if (line.Length > 0 && !line.StartsWith(BeginPrefix, StringComparison.Ordinal)) done.Add(line);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var writer = new StreamWriter(new FileStream(path, resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read));
        return new ResumeState(done, writer);
    }

    public int Count => _done.Count;

    public bool IsDone(string location) => _done.Contains(location);

    private const string BeginPrefix = "+\t";

    /// <summary>Records that the report of <paramref name="location"/> starts at byte <paramref name="offset"/> of the output file.</summary>
    public void MarkBegin(string location, long offset)
    {
        if (_writer is null) return;
        _writer.WriteLine(BeginPrefix + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + location.ReplaceLineEndings(" "));
        _writer.Flush();
    }

    /// <summary>
    /// Where the output file must be cut back to: the offset of the last report begun and never marked done in the
    /// state file at <paramref name="path"/>; null when there is none.
    /// </summary>
    public static long? PendingOffset(string path)
    {
        if (!File.Exists(path)) return null;
        (long Offset, string Location)? pending = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(BeginPrefix, StringComparison.Ordinal))
            {
                var parts = line.Split('\t', 3);
                if (parts.Length == 3 && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long off))
                    pending = (off, parts[2]);
            }
            else if (pending is { } p && line == p.Location) pending = null;
        }
        return pending?.Offset;
    }

    public void MarkDone(string location)
    {
        if (_writer is null) return;
        _done.Add(location);
        _writer.WriteLine(location.ReplaceLineEndings(" "));
        _writer.Flush();
    }

    public void Dispose() => _writer?.Dispose();
}

/// <summary>Repairs a line-oriented file that a killed process left with a partial last line.</summary>
internal static class TornLines
{
    /// <summary>Truncates <paramref name="path"/> after its last newline (to empty when it has none); no-op when it is missing or ends with one.</summary>
    /// <returns>the number of bytes cut.</returns>
    public static long CutToLastNewline(string path)
    {
        if (!File.Exists(path)) return 0;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        long length = fs.Length;
        if (length == 0) return 0;
        var buffer = new byte[64 * 1024];
        long end = length;
        while (end > 0)
        {
            int n = (int)Math.Min(buffer.Length, end);
            fs.Position = end - n;
            fs.ReadExactly(buffer, 0, n);
            int at = Array.LastIndexOf(buffer, (byte)'\n', n - 1, n);
            if (at >= 0)
            {
                long keep = end - n + at + 1;
                if (keep == length) return 0;
                fs.SetLength(keep);
                return length - keep;
            }
            end -= n;
        }
        fs.SetLength(0);
        return length;
    }
}
