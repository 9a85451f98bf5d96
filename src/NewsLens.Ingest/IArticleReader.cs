namespace NewsLens.Ingest;

/// <summary>
/// Reads articles from one input. Implementations stream: memory stays flat however large the input.
/// Bad records come back as <see cref="ReadItem.Fail"/>; only an unreadable input as a whole may throw an
/// <see cref="IOException"/> or <see cref="InvalidDataException"/> naming the problem.
/// </summary>
public interface IArticleReader
{
    /// <summary>Name used by <c>--input-format</c>, e.g. <c>jsonl</c>.</summary>
    string Format { get; }

    IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken);
}
