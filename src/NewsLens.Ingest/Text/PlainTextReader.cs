using System.Text;
using NewsLens.Ingest.Common;
using NewsLens.Text;

namespace NewsLens.Ingest.Text;

/// <summary>
/// Reads a plain-text file as one article (format <c>text</c>). The first line is the title when a blank line
/// follows it; see <see cref="TextReaderOptions.KeepTitleInText"/> for whether it stays in the analysed text.
/// The text is never rewritten (line ends and spacing are kept). Undecodable UTF-8 bytes become U+FFFD; a byte-order
/// mark selects UTF-16/32. Fails (without throwing) on empty, binary or over-long input. Thread-safe.
/// </summary>
public sealed class PlainTextReader(TextReaderOptions? options = null) : IStreamArticleReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly TextReaderOptions _options = options ?? TextReaderOptions.Default;

    public string Format => "text";

    public TextReaderOptions Options => _options;

    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return RecordGuard.Build(path, () => ReadFile(path));
    }

    public IEnumerable<ReadItem> Read(Stream stream, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        yield return RecordGuard.Build(name, () => ReadText(reader, name));
    }

    /// <summary>Reads one file ("-" = stdin) as one article; never throws for bad content.</summary>
    public ReadItem ReadFile(string path)
    {
        try
        {
            if (path != InputFiles.StdinName)
            {
                long bytes = new FileInfo(path).Length;
                // why: UTF-8 needs at most 3 bytes per UTF-16 char, so a larger file cannot fit the char limit:
                // refuse it before reading gigabytes.
                if (bytes > (long)_options.Limits.MaxRecordChars * 3 + 4)
                    return ReadItem.Fail(path, $"record too long: {bytes:N0} bytes (limit {_options.Limits.MaxRecordChars:N0} chars)");
            }
            using var stream = InputFiles.OpenRaw(path);
            if (!stream.CanSeek)
            {
                using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                return ReadText(reader, path);
            }
            // why: one file is one article; reading its bytes at once and decoding them once allocates the file
            // size twice instead of several 64 KB buffers per (typically small) file.
            var content = new byte[stream.Length];
            stream.ReadExactly(content);
            return FromText(Decode(content), path, ArticleIds.FromFile(path));
        }
        catch (IOException ex)
        {
            return ReadItem.Fail(path, $"cannot read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ReadItem.Fail(path, $"cannot read: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads all of <paramref name="reader"/> (at most <see cref="ReaderLimits.MaxRecordChars"/> + 1 chars) as one
    /// article named <paramref name="name"/> (used as location and, without extension, as id).
    /// </summary>
    public ReadItem ReadText(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int limit = _options.Limits.MaxRecordChars;
        var sb = new StringBuilder();
        var buf = new char[1 << 15];
        int n;
        while ((n = reader.Read(buf, 0, buf.Length)) > 0)
        {
            sb.Append(buf, 0, n);
            if (sb.Length > limit)
                return ReadItem.Fail(name, $"record too long: over {limit:N0} chars");
        }
        return FromText(sb.ToString(), name, ArticleIds.FromFile(name));
    }

    /// <summary>Decodes file bytes: a byte-order mark selects UTF-8/16/32, else UTF-8; bad bytes become U+FFFD.</summary>
    private static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8.GetString(span[3..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return new UTF32Encoding(false, false).GetString(span[4..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);
        return Utf8.GetString(span);
    }

    /// <summary>Makes an article of an already-decoded text, splitting the title as the options say.</summary>
    public ReadItem FromText(string text, string location, string id)
    {
        if (text.Length == 0) return ReadItem.Fail(location, "empty input");
        if (TextGuard.Check(text, _options.Limits) is { } problem) return ReadItem.Fail(location, problem);
        string? title = null;
        string body = text;
        if (TitleSplitter.TrySplit(text, _options.MaxTitleChars, out var t, out int bodyStart))
        {
            title = t;
            if (!_options.KeepTitleInText) body = text[bodyStart..];
        }
        var meta = new ArticleMetadata { Id = id, Title = title };
        return ReadItem.Ok(location, new ArticleInput(id, body, meta));
    }
}
