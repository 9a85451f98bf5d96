using System.Text;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Reports.Html;
using NewsLens.Reports.Markdown;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Writes reports where <c>-o</c> says: standard output, one file, or one file per article in a directory
/// (named after the article id, made safe and unique). JSONL goes to one stream, one report per line.
/// </summary>
internal sealed class ReportSink : IDisposable
{
    private readonly ReportFormat _format;
    private readonly string? _dir;
    private readonly string? _file;
    private readonly TextWriter _stdout;
    private readonly HashSet<string> _usedNames = new(StringComparer.OrdinalIgnoreCase);
    private TextWriter? _stream;
    private int _written;

    public ReportSink(ReportFormat format, string? output, TextWriter stdout, bool append)
    {
        _format = format;
        _stdout = stdout;
        if (output is null or "-") return;
        bool isDir = Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar)
            || (format != ReportFormat.Jsonl && !Path.HasExtension(output));
        if (isDir)
        {
            _dir = Path.GetFullPath(output);
            Directory.CreateDirectory(_dir);
        }
        else
        {
            _file = Path.GetFullPath(output);
            var parent = Path.GetDirectoryName(_file);
            if (!string.IsNullOrEmpty(parent)) Directory.CreateDirectory(parent);
            if (format == ReportFormat.Jsonl)
                _stream = new StreamWriter(new FileStream(_file, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        }
    }

    /// <summary>Where the resume state of this output lives, or null when writing to standard output.</summary>
    /// <remarks>Only directories and JSONL files can hold a resumable batch; a single-report file has nothing to resume.</remarks>
    public string? StatePath => _dir is not null ? Path.Combine(_dir, ".newslens-state")
        : _file is not null && _format == ReportFormat.Jsonl ? _file + ".newslens-state" : null;

    /// <summary>Writes one report; returns the path written (or "-").</summary>
    /// <exception cref="IOException">when the report cannot be written, or a single-file output gets a second article.</exception>
    public string Write(AnalysisResult result)
    {
        string content = _format switch
        {
            ReportFormat.Json => ReportJson.Serialize(result, indented: true) + "\n",
            ReportFormat.Jsonl => ReportJson.Serialize(result, indented: false) + "\n",
            ReportFormat.Html => HtmlReportWriter.Render(result),
            _ => MarkdownReportWriter.Render(result),
        };
        if (_format == ReportFormat.Jsonl || (_dir is null && _file is null))
        {
            var w = _stream ?? _stdout;
            if (_format is ReportFormat.Html && _written > 0 && w == _stdout)
                throw new IOException("several HTML reports cannot go to standard output; give -o DIR");
            w.Write(content);
            w.Flush();
            _written++;
            return _file ?? "-";
        }
        if (_file is not null)
        {
            if (_written > 0) throw new IOException($"output '{_file}' holds one article and this batch has several; give -o a directory");
            File.WriteAllText(_file, content, new UTF8Encoding(false));
            _written++;
            return _file;
        }
        var path = Path.Combine(_dir!, UniqueName(result.Document.Metadata.Id ?? "article") + _format.Extension());
        File.WriteAllText(path, content, new UTF8Encoding(false));
        _written++;
        return path;
    }

    private string UniqueName(string id)
    {
        var sb = new StringBuilder();
        foreach (char c in Path.GetFileName(id.TrimEnd('/', '\\')))
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        var name = sb.Length == 0 ? "article" : sb.ToString();
        foreach (var ext in new[] { ".html.gz", ".html", ".htm", ".txt", ".json", ".xml" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && name.Length > ext.Length) { name = name[..^ext.Length]; break; }
        if (name.Length > 120) name = name[..120];
        var unique = name;
        for (int i = 2; !_usedNames.Add(unique); i++) unique = $"{name}-{i}";
        return unique;
    }

    public void Dispose() => _stream?.Dispose();
}
