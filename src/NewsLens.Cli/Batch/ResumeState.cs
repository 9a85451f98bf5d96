namespace NewsLens.Cli.Batch;

/// <summary>
/// Remembers which inputs a batch finished, one location per line in a state file beside the output, so an
/// interrupted run restarted with <c>--resume</c> skips them. Appends and flushes after every input.
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
                if (line.Length > 0) done.Add(line);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var writer = new StreamWriter(new FileStream(path, resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read));
        return new ResumeState(done, writer);
    }

    public int Count => _done.Count;

    public bool IsDone(string location) => _done.Contains(location);

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
