namespace NewsLens.Ingest.Common;

/// <summary>
/// A reader that can also read an already-open stream (stdin, a decompressed member, a test buffer).
/// <paramref name="name"/> stands in for the path in locations and fallback ids.
/// </summary>
public interface IStreamArticleReader : IArticleReader
{
    /// <summary>Reads articles from <paramref name="stream"/>, which the reader does not dispose.</summary>
    IEnumerable<ReadItem> Read(Stream stream, string name, CancellationToken cancellationToken);
}
