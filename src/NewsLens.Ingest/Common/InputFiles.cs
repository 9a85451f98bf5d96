using System.IO.Compression;

namespace NewsLens.Ingest.Common;

/// <summary>Opens inputs: "-" is stdin; gzip is decompressed transparently (multi-member gzip included).</summary>
internal static class InputFiles
{
    public const string StdinName = "-";

    /// <summary>The raw stream of <paramref name="path"/> ("-" = stdin), read sequentially.</summary>
    public static Stream OpenRaw(string path) =>
        path == StdinName
            ? Console.OpenStandardInput()
            // why: unbuffered; every reader reads in large blocks itself, and a 64 KB buffer per small file was
            // most of the allocation when reading folders of short articles.
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);

    /// <summary>A read buffer size for <paramref name="stream"/>: its length plus one when known and small, else 64 KB.</summary>
    public static int BufferSizeFor(Stream stream, int max = 1 << 16) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 16, max) : max;

    /// <summary>Wraps <paramref name="stream"/> in a decompressor when it starts with the gzip magic bytes.</summary>
    public static Stream MaybeGunzip(Stream stream)
    {
        var peek = new PeekStream(stream, 2);
        return IsGzip(peek.Head) ? new GZipStream(peek, CompressionMode.Decompress) : peek;
    }

    /// <summary>
    /// Reads ahead the first 4 KB of <paramref name="stream"/> (returned as <paramref name="peeked"/>, which replays
    /// them) and says what makes the input unreadable as text: "empty input", "content looks binary", or null.
    /// </summary>
    public static string? CheckHead(Stream stream, out PeekStream peeked)
    {
        peeked = new PeekStream(stream, 4096, ownsInner: false);
        var head = peeked.Head;
        if (head.IsEmpty) return "empty input";
        // why: a UTF-8 sequence cut at the 4 KB edge decodes to one U+FFFD, far below the binary threshold.
        var encoding = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? System.Text.Encoding.Unicode
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? System.Text.Encoding.BigEndianUnicode
            : System.Text.Encoding.UTF8;
        var text = encoding.GetString(head);
        return TextGuard.LooksBinary(text, ReaderLimits.Default.MaxBinaryRatio) ? "content looks binary (too many NUL/control/undecodable bytes)" : null;
    }

    /// <summary>
    /// Opens <paramref name="path"/> (gunzipped when compressed), reads it with <paramref name="reader"/> and disposes the
    /// stream when the enumeration ends. A file that cannot be opened gives one failed item.
    /// </summary>
    public static IEnumerable<ReadItem> ReadFile(IStreamArticleReader reader, string path, CancellationToken cancellationToken)
    {
        Stream stream;
        try { stream = MaybeGunzip(OpenRaw(path)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Fail(path, $"cannot read: {ex.Message}")];
        }
        return ReadOwned(reader, stream, path, cancellationToken);
    }

    private static IEnumerable<ReadItem> ReadOwned(IStreamArticleReader reader, Stream stream, string name, CancellationToken ct)
    {
        using (stream)
            foreach (var item in reader.Read(stream, name, ct))
                yield return item;
    }

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;
}
