using System.Text;
using NewsLens.Pipeline;
using NewsLens.Reports;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Writes reports where <c>-o</c> says: standard output, one file, or one file per article in a directory. A streaming
/// format (JSON Lines) goes to one stream, one report after another. In a directory each report is named after its
/// article's run-unique id (<see cref="ReportFileNames"/>); names are reserved in input order, so no report of the run,
/// nor of the run it resumes, is overwritten.
/// </summary>
internal sealed class ReportSink : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly IReportWriter _writer;
    private readonly string? _dir;
    private readonly string? _file;
    private readonly TextWriter _stdout;
    private readonly ReportFileNames _names = new();
    private TextWriter? _stream;
    private FileStream? _fileStream;
    private int _written;

    public ReportSink(IReportWriter writer, string? output, TextWriter stdout, bool append)
    {
        _writer = writer;
        _stdout = stdout;
        if (output is null or "-") return;
        bool isDir = Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar)
            || (!writer.CanStream && !Path.HasExtension(output));
        if (isDir)
        {
            _dir = Path.GetFullPath(output);
            Directory.CreateDirectory(_dir);
            return;
        }
        _file = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(_file);
        if (!string.IsNullOrEmpty(parent)) Directory.CreateDirectory(parent);
        if (writer.CanStream)
        {
            if (append)
            {
                // why: a run killed while writing a report leaves a torn last line, or a whole report it never marked done;
                // resuming cuts both back, so the report is written once, by this run
                TornLines.CutToLastNewline(_file);
                if (ResumeState.PendingOffset(_file + StateSuffix) is { } pending && File.Exists(_file) && pending < new FileInfo(_file).Length)
                    using (var cut = new FileStream(_file, FileMode.Open, FileAccess.Write, FileShare.Read)) cut.SetLength(pending);
            }
            _fileStream = new FileStream(_file, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
            _stream = new StreamWriter(_fileStream, Utf8);
        }
    }

    /// <summary>Where the resume state of this output lives, or null when writing to standard output.</summary>
    /// <remarks>Only directories and streaming files can hold a resumable batch; a single-report file has nothing to resume.</remarks>
    public string? StatePath => _dir is not null ? Path.Combine(_dir, ".newslens-state")
        : _file is not null && _writer.CanStream ? _file + StateSuffix : null;

    private const string StateSuffix = ".newslens-state";

    /// <summary>The length of the single JSON Lines output file, all written reports flushed; null for other outputs.</summary>
    public long? StreamLength
    {
        get
        {
            if (_fileStream is null) return null;
            _stream!.Flush();
            return _fileStream.Length;
        }
    }

    /// <summary>
    /// True when <paramref name="location"/> (a path, maybe followed by a record suffix) lies in this sink's output:
    /// the output directory or file, or its resume state. A folder read as input can hold the output of an earlier run.
    /// </summary>
    public bool Owns(string location)
    {
        if (location == "-" || (_dir is null && _file is null)) return false;
        string full;
        try { full = Path.GetFullPath(location); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException) { return false; }
        return _dir is not null
            ? full.StartsWith(_dir + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            : full.StartsWith(_file!, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reserves the report file name of article <paramref name="id"/> in directory output. Call it for every article
    /// in input order, those an earlier run finished included, so that names never shift between a run and its resume.
    /// </summary>
    public void Reserve(string id)
    {
        if (_dir is not null) _names.Reserve(id);
    }

    /// <summary>Writes one report; returns the path written (or "-").</summary>
    /// <exception cref="IOException">when the report cannot be written, or a single-report output gets a second article.</exception>
    public string Write(AnalysisResult result)
    {
        if (_stream is not null || (_dir is null && _file is null))
        {
            var w = _stream ?? _stdout;
            if (_writer.IsPage && _written > 0)
                throw new IOException($"several {_writer.Name} reports cannot go to standard output; give -o DIR");
            _writer.Write(result, w);
            w.Flush();
            _written++;
            return _file ?? "-";
        }
        string path;
        if (_file is not null)
        {
            if (_written > 0) throw new IOException($"output '{_file}' holds one report and this batch has several; give -o a directory or --format jsonl");
            path = _file;
        }
        else path = Path.Combine(_dir!, _names.Reserve(result.Document.Metadata.Id ?? "article") + _writer.FileExtension);
        using (var file = new StreamWriter(path, append: false, Utf8)) _writer.Write(result, file);
        _written++;
        return path;
    }

    public void Dispose() => _stream?.Dispose();
}
