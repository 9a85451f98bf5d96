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
