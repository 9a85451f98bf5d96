using System.IO.Compression;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Csv;
using NewsLens.Ingest.Html;
using NewsLens.Ingest.Json;
using NewsLens.Ingest.Ptc;
using NewsLens.Ingest.Text;
using NewsLens.Ingest.Warc;
using NewsLens.Ingest.Xml;

namespace NewsLens.Ingest;

/// <summary>
/// Picks the reader for an input and reads it. Choice, in order: the format named by the caller
/// (<c>--input-format</c>; for a directory it applies to every file inside, and <c>ptc</c> reads the directory as
/// PTC); for a directory, <c>ptc</c> when it holds <c>article&lt;ID&gt;.txt</c> files, else every file inside
/// (recursively, in ordinal path order, hidden files skipped); the file extension (<c>.txt .json .jsonl .ndjson .csv
/// .tsv .xml .warc .warc.gz .html .htm .html.gz</c>, <c>.gz</c> of the others too); and last the first bytes (JSON,
/// XML/HTML, WARC, gzip, CSV header, text). "-" reads stdin. Problems never throw: they come back as failed
/// <see cref="ReadItem"/>s.
/// Formats: text, ptc, json, jsonl, csv, tsv, xml, warc, html (warc needs an HTML extractor; html brings its own).
/// Thread-safe.
/// </summary>
public sealed class ReaderRegistry
{
    private const int SniffBytes = 4096;
    private readonly Dictionary<string, Func<IArticleReader?>> _factories;

    /// <param name="htmlExtractor">needed by the <c>warc</c> format and by JSON/CSV records that only carry HTML</param>
    /// <param name="limits">bounds applied by every reader (default <see cref="ReaderLimits.Default"/>)</param>
    /// <param name="textOptions">
    /// how plain-text files are read; set <see cref="TextReaderOptions.KeepTitleInText"/> when offsets must equal
    /// file offsets (corpus annotations). Its limits are replaced by <paramref name="limits"/>.
    /// </param>
    public ReaderRegistry(IHtmlArticleExtractor? htmlExtractor = null, ReaderLimits? limits = null, TextReaderOptions? textOptions = null)
    {
        var l = limits ?? ReaderLimits.Default;
        Limits = l;
        var text = (textOptions ?? TextReaderOptions.Default) with { Limits = l };
        _factories = new(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = () => new PlainTextReader(text),
            ["ptc"] = () => new PtcFolderReader(l),
            ["json"] = () => new JsonArticleReader(htmlExtractor, l),
            ["jsonl"] = () => new JsonLinesReader(htmlExtractor, l),
            ["csv"] = () => new CsvArticleReader(htmlExtractor, new CsvReaderOptions { Limits = l }),
            ["tsv"] = () => new CsvArticleReader(htmlExtractor, new CsvReaderOptions { Delimiter = '\t', Limits = l }),
            ["xml"] = () => new SemEvalXmlReader(new SemEvalXmlOptions { Limits = l }),
            ["warc"] = () => htmlExtractor is null ? null : new WarcArticleReader(htmlExtractor, new WarcReaderOptions { Limits = l }),
            // why: the HTML reader owns its extractor (options, charset handling); the registry's extractor serves WARC and JSON/CSV html fields
            ["html"] = () => new HtmlReader(),
        };
        foreach (var (alias, target) in new[] { ("txt", "text"), ("ndjson", "jsonl"), ("semeval", "xml"), ("htm", "html") })
            _factories[alias] = _factories[target];
    }

    public ReaderLimits Limits { get; }

    /// <summary>The format names <see cref="ForFormat"/> accepts (aliases excluded).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "ptc", "json", "jsonl", "csv", "tsv", "xml", "warc", "html"];

    /// <summary>A reader for <paramref name="format"/>, or null when the name is unknown or needs the missing HTML extractor.</summary>
    public IArticleReader? ForFormat(string format) =>
        _factories.TryGetValue(format.Trim(), out var make) ? make() : null;

    /// <summary>Reads <paramref name="path"/> (a file, a directory, or "-" for stdin) with the chosen reader.</summary>
    public IEnumerable<ReadItem> Read(string path, string? format = null, CancellationToken cancellationToken = default)
    {
        if (path == InputFiles.StdinName)
            return ReadStream(Console.OpenStandardInput(), InputFiles.StdinName, format, cancellationToken, ownsStream: true);
        if (Directory.Exists(path)) return ReadDirectory(path, format, cancellationToken);
        if (!File.Exists(path)) return [ReadItem.Fail(path, "no such file or directory")];
        return ReadWith(format ?? Detect(path), path, cancellationToken);
    }

    /// <summary>
    /// Reads an open stream named <paramref name="name"/> (sniffed when <paramref name="format"/> is null); the stream
    /// is not disposed. Formats whose reader needs a file are spooled to a temporary file first.
    /// </summary>
    public IEnumerable<ReadItem> Read(Stream stream, string name, string? format = null, CancellationToken cancellationToken = default) =>
        ReadStream(stream, name, format, cancellationToken, ownsStream: false);

    /// <summary>The format <see cref="Read(string, string?, CancellationToken)"/> would use for a file: by extension, else by content; null when neither tells.</summary>
    public static string? Detect(string path)
    {
        if (FormatSniffer.FromExtension(path) is { } byName) return byName;
        try
        {
            using var raw = InputFiles.OpenRaw(path);
            var peek = new PeekStream(raw, SniffBytes, ownsInner: false);
            return SniffPeeked(peek);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private IEnumerable<ReadItem> ReadWith(string? format, string path, CancellationToken ct)
    {
        if (format is null) return [ReadItem.Fail(path, IsEmptyFile(path) ? "empty input" : "unknown format: not text, JSON, CSV, XML, HTML or WARC (binary?)")];
        var reader = ForFormat(format);
        if (reader is null) return [ReadItem.Fail(path, UnknownFormat(format))];
        return reader.Read(path, ct);
    }

    // why: a named format applies to every file of the folder; without one, each file is detected on its own.
    private IEnumerable<ReadItem> ReadDirectory(string dir, string? format, CancellationToken ct)
    {
        if (format?.Equals("ptc", StringComparison.OrdinalIgnoreCase) == true || (format is null && PtcFolderReader.LooksLikePtcFolder(dir)))
        {
            foreach (var item in ForFormat("ptc")!.Read(dir, ct)) yield return item;
            yield break;
        }
        var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        bool any = false;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            any = true;
            foreach (var item in ReadWith(format ?? Detect(file), file, ct)) yield return item;
        }
        if (!any) yield return ReadItem.Fail(dir, "empty input: the folder holds no files");
    }

    private IEnumerable<ReadItem> ReadStream(Stream stream, string name, string? format, CancellationToken ct, bool ownsStream)
    {
        try
        {
            var peek = new PeekStream(stream, SniffBytes, ownsInner: false);
            Stream input = peek;
            if (InputFiles.IsGzip(peek.Head)) input = new PeekStream(new GZipStream(peek, CompressionMode.Decompress), SniffBytes);
            format ??= SniffPeeked(peek);
            if (format is null)
            {
                yield return ReadItem.Fail(name, peek.Head.IsEmpty ? "empty input" : "unknown format: not text, JSON, CSV, XML, HTML or WARC (binary?)");
                yield break;
            }
            var reader = ForFormat(format);
            if (reader is null) { yield return ReadItem.Fail(name, UnknownFormat(format)); yield break; }
            // why: WARC handles its own gzip (damaged members); the others read the decompressed stream.
            var items = reader is WarcArticleReader warc ? warc.Read(peek, name, ct)
                : reader is IStreamArticleReader s ? s.Read(input, name, ct)
                : SpoolAndRead(reader, input, name, ct);
            foreach (var item in items) yield return item;
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    private static IEnumerable<ReadItem> SpoolAndRead(IArticleReader reader, Stream input, string name, CancellationToken ct)
    {
        string temp = Path.Combine(Path.GetTempPath(), $"newslens-{Guid.NewGuid():N}.{reader.Format}");
        try
        {
            using (var f = File.Create(temp)) input.CopyTo(f);
            foreach (var item in reader.Read(temp, ct))
                yield return item with { Location = item.Location.Replace(temp, name, StringComparison.Ordinal) };
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string? SniffPeeked(PeekStream peek)
    {
        if (!InputFiles.IsGzip(peek.Head)) return FormatSniffer.FromContent(peek.Head);
        // why: look inside the first gzip member; a WARC.gz is told apart from a gzipped JSON dump only there.
        using var gz = new GZipStream(new MemoryStream(peek.Head.ToArray()), CompressionMode.Decompress);
        var inner = new byte[SniffBytes];
        int n = 0;
        try
        {
            int r;
            while (n < inner.Length && (r = gz.Read(inner, n, inner.Length - n)) > 0) n += r;
        }
        catch (InvalidDataException)
        {
            // a truncated head is fine: sniff what came out
        }
        return FormatSniffer.FromContent(inner.AsSpan(0, n));
    }

    private static bool IsEmptyFile(string path)
    {
        try { return new FileInfo(path).Length == 0; }
        catch (IOException) { return false; }
    }

    private static string UnknownFormat(string format) =>
        Formats.Contains(format, StringComparer.OrdinalIgnoreCase)
            ? $"format '{format}' needs an HTML extractor, and none is configured"
            : $"unknown input format '{format}' (known: {string.Join(", ", Formats)})";
}
