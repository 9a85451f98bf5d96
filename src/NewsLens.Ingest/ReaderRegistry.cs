using System.IO.Compression;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Csv;
using NewsLens.Ingest.Html;
using NewsLens.Ingest.Json;
using NewsLens.Ingest.Ptc;
using NewsLens.Ingest.Text;
using NewsLens.Ingest.Warc;
using NewsLens.Ingest.Xml;
using NewsLens.Text;

namespace NewsLens.Ingest;

/// <summary>
/// Picks the reader for an input and reads it. Choice, in order: the format named by the caller
/// (<c>--input-format</c>; for a directory it applies to every file inside, and <c>ptc</c> reads the directory as
/// PTC); for a directory, <c>ptc</c> when it holds <c>article&lt;ID&gt;.txt</c> files, else every file inside
/// (recursively, in ordinal path order; hidden files, READMEs, licences, notes and checksum lists are skipped with a
/// note); the file extension (see <see cref="Table"/>, <c>.gz</c> of each too); and last the first bytes (JSON,
/// XML/HTML, WARC, gzip, CSV header, text). "-" reads stdin. Problems never throw: they come back as failed
/// <see cref="ReadItem"/>s. Every article carries its <see cref="ArticleMetadata.Input"/>; an article without an id of
/// its own met in a folder is named after its path relative to that folder (<c>business/001</c>).
/// Thread-safe.
/// </summary>
public sealed class ReaderRegistry
{
    private const int SniffBytes = 4096;

    // why: the one place a format is declared; a new format is its reader file plus one line here.
    private static readonly ReaderFormat[] Table =
    [
        new("text", [".txt", ".text"], c => new PlainTextReader(c.Text), Aliases: ["txt"], OneArticlePerFile: true),
        new("ptc", [], c => new PtcFolderReader(c.Limits), OneArticlePerFile: true),
        new("json", [".json"], c => new JsonArticleReader(c.Html, c.Limits)),
        new("jsonl", [".jsonl", ".ndjson", ".jl"], c => new JsonLinesReader(c.Html, c.Limits), Aliases: ["ndjson"]),
        new("csv", [".csv"], c => new CsvArticleReader(c.Html, new CsvReaderOptions { Limits = c.Limits })),
        new("tsv", [".tsv", ".tab"], c => new CsvArticleReader(c.Html, new CsvReaderOptions { Delimiter = '\t', Limits = c.Limits })),
        new("xml", [".xml"], c => new SemEvalXmlReader(limits: c.Limits), Aliases: ["semeval"]),
        new("warc", [".warc", ".arc"], c => c.Html is null ? null : new WarcArticleReader(c.Html, limits: c.Limits)),
        // why: the HTML reader owns its extractor (options, charset handling); the registry's extractor serves WARC and JSON/CSV html fields
        new("html", [".html", ".htm", ".xhtml"], _ => new HtmlReader(), Aliases: ["htm"], OneArticlePerFile: true),
    ];

    private readonly ReaderContext _context;

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
        _context = new ReaderContext(htmlExtractor, l, (textOptions ?? TextReaderOptions.Default) with { Limits = l });
    }

    public ReaderLimits Limits { get; }

    /// <summary>The format names <see cref="ForFormat"/> accepts (aliases excluded).</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Table.Select(f => f.Name)];

    /// <summary>Every name <see cref="ForFormat"/> accepts, aliases included.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. Table.SelectMany(f => f.AllNames)];

    /// <summary>The canonical format name of <paramref name="nameOrAlias"/> (ignoring case), or null when unknown.</summary>
    public static string? Canonical(string? nameOrAlias) =>
        nameOrAlias is null ? null : FindFormat(nameOrAlias.Trim())?.Name;

    /// <summary>The format a file extension (dot included, lower case, <c>.gz</c> already removed) selects, or null.</summary>
    internal static string? ForExtension(string extension) =>
        Table.FirstOrDefault(f => f.Extensions.Contains(extension))?.Name;

    /// <summary>A reader for <paramref name="format"/>, or null when the name is unknown or needs the missing HTML extractor.</summary>
    public IArticleReader? ForFormat(string format) => FindFormat(format.Trim())?.Create(_context);

    private static ReaderFormat? FindFormat(string name) =>
        Table.FirstOrDefault(f => f.AllNames.Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>Reads <paramref name="path"/> (a file, a directory, or "-" for stdin) with the chosen reader.</summary>
    public IEnumerable<ReadItem> Read(string path, string? format = null, CancellationToken cancellationToken = default)
    {
        if (path == InputFiles.StdinName)
            return ReadStream(Console.OpenStandardInput(), InputFiles.StdinName, format, cancellationToken, ownsStream: true);
        if (Directory.Exists(path)) return ReadDirectory(path, format, cancellationToken);
        if (!File.Exists(path)) return [ReadItem.Fail(path, "no such file or directory")];
        return ReadFile(format ?? Detect(path), path, null, cancellationToken);
    }

    /// <summary>
    /// How many items <see cref="Read(string, string?, CancellationToken)"/> will give for <paramref name="path"/>
    /// (articles and failures, not skipped files), when that is known without reading it: every file it reads holds
    /// one article (text, HTML, PTC). Null for standard input and for files holding several records.
    /// </summary>
    public static long? CountItems(string path, string? format = null)
    {
        if (path == InputFiles.StdinName) return null;
        if (Directory.Exists(path))
        {
            if (format?.Equals("ptc", StringComparison.OrdinalIgnoreCase) == true || (format is null && PtcFolderReader.LooksLikePtcFolder(path)))
                return Math.Max(1, PtcFolderReader.CountArticleFiles(path));
            long n = 0;
            foreach (var (file, skip) in FolderWalk.List(path))
            {
                if (skip is not null) continue;
                if (CountFile(file, format) is not { } one) return null;
                n += one;
            }
            return Math.Max(1, n);
        }
        return File.Exists(path) ? CountFile(path, format) : 1;
    }

    private static long? CountFile(string file, string? format)
    {
        var name = Canonical(format ?? Detect(file));
        // why: an unknown format gives one failed item; a multi-record file gives an unknown number
        return name is null ? 1 : FindFormat(name)!.OneArticlePerFile ? 1 : null;
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

    private IEnumerable<ReadItem> ReadFile(string? format, string path, string? relative, CancellationToken ct)
    {
        if (format is null) return [ReadItem.Fail(path, IsEmptyFile(path) ? "empty input" : "unknown format: not text, JSON, CSV, XML, HTML or WARC (binary?)")];
        var reader = ForFormat(format);
        if (reader is null) return [ReadItem.Fail(path, UnknownFormat(format))];
        return reader.Read(path, ct).Select(item => Stamp(item, path, relative));
    }

    /// <summary>
    /// Records where the article came from, and names an article that has no id of its own after its path relative
    /// to the folder walked (<paramref name="relative"/>), so same-named files in different subfolders stay apart.
    /// </summary>
    private static ReadItem Stamp(ReadItem item, string path, string? relative)
    {
        if (item.Article is not { } a) return item;
        var meta = a.Metadata with { Input = new InputRef(path, item.Record) };
        string id = a.Id;
        // why: readers give an id-less record the fallback id of its file and position; only that one is renamed
        if (relative is not null && a.Id == ArticleIds.Fallback(path, item.Record))
        {
            id = ArticleIds.FromRelative(relative, item.Record);
            meta = meta with { Id = id };
        }
        return item with { Article = a with { Id = id, Metadata = meta } };
    }

    // why: a named format applies to every file of the folder; without one, each file is detected on its own.
    private IEnumerable<ReadItem> ReadDirectory(string dir, string? format, CancellationToken ct)
    {
        if (format?.Equals("ptc", StringComparison.OrdinalIgnoreCase) == true || (format is null && PtcFolderReader.LooksLikePtcFolder(dir)))
        {
            foreach (var item in ForFormat("ptc")!.Read(dir, ct)) yield return Stamp(item, item.Location, null);
            yield break;
        }
        bool any = false;
        foreach (var (file, skip) in FolderWalk.List(dir))
        {
            ct.ThrowIfCancellationRequested();
            if (skip is not null)
            {
                yield return ReadItem.Skip(file, skip);
                continue;
            }
            any = true;
            foreach (var item in ReadFile(format ?? Detect(file), file, Path.GetRelativePath(dir, file), ct)) yield return item;
        }
        if (!any) yield return ReadItem.Fail(dir, "empty input: the folder holds no articles");
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
            foreach (var item in items) yield return Stamp(item, name, null);
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    private IEnumerable<ReadItem> SpoolAndRead(IArticleReader reader, Stream input, string name, CancellationToken ct)
    {
        string temp = Path.Combine(Path.GetTempPath(), $"newslens-{Guid.NewGuid():N}.{reader.Format}");
        // why: a spooled input is one article (HTML, PTC); as for a file, more bytes than the char limit can take in
        // UTF-8 is refused, and the copy stops there, so gzip on standard input is never inflated to disk past it
        long limit = (long)Limits.MaxRecordChars * 3 + 4;
        try
        {
            bool tooLong;
            using (var f = File.Create(temp)) tooLong = !CopyAtMost(input, f, limit, ct);
            if (tooLong)
            {
                yield return ReadItem.Fail(name, $"record too long: over {limit:N0} bytes after decompression (limit {Limits.MaxRecordChars:N0} chars); not read further");
                yield break;
            }
            foreach (var item in reader.Read(temp, ct))
                yield return item with { Location = item.Location.Replace(temp, name, StringComparison.Ordinal) };
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; false (with the rest unread) when the input holds more.</summary>
    internal static bool CopyAtMost(Stream input, Stream output, long limit, CancellationToken ct)
    {
        var buffer = new byte[81_920];
        long copied = 0;
        int n;
        while ((n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - copied))) > 0)
        {
            ct.ThrowIfCancellationRequested();
            copied += n;
            if (copied > limit) return false;
            output.Write(buffer, 0, n);
        }
        return true;
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
        FormatNames.Contains(format, StringComparer.OrdinalIgnoreCase)
            ? $"format '{format}' needs an HTML extractor, and none is configured"
            : $"unknown input format '{format}' (known: {string.Join(", ", Formats)})";
}
