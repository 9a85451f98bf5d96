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
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Wraps <paramref name="stream"/> in a decompressor when it starts with the gzip magic bytes.</summary>
    public static Stream MaybeGunzip(Stream stream)
    {
        var peek = new PeekStream(stream, 2);
        return IsGzip(peek.Head) ? new GZipStream(peek, CompressionMode.Decompress) : peek;
    }

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;
}
