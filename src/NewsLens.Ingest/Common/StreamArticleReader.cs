namespace NewsLens.Ingest.Common;

/// <summary>
/// Base of the readers that parse a byte stream: opening, gunzipping and disposing files (<see cref="InputFiles"/>) and
/// refusing binary or unreadable input before parsing are done here once, so a reader writes only its parser.
/// </summary>
/// <param name="limits">size and depth limits (default <see cref="ReaderLimits.Default"/>).</param>
public abstract class StreamArticleReader(ReaderLimits? limits) : IStreamArticleReader
{
    /// <summary>Size and depth limits every record is held to.</summary>
    private protected ReaderLimits Limits { get; } = limits ?? ReaderLimits.Default;

    public abstract string Format { get; }

    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken) =>
        InputFiles.ReadFile(this, path, cancellationToken);

    public IEnumerable<ReadItem> Read(Stream stream, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputFiles.CheckHead(stream, out var peeked) is { } unreadable
            ? [ReadItem.Fail(name, unreadable)]
            : Parse(peeked, name, cancellationToken);
    }

    /// <summary>Parses input whose head was checked; <paramref name="input"/> still holds every byte.</summary>
    private protected abstract IEnumerable<ReadItem> Parse(PeekStream input, string name, CancellationToken cancellationToken);
}
