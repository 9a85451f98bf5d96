using NewsLens.Ingest;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Html;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Expands the command line's paths into article records through the <see cref="ReaderRegistry"/>: files (reader by
/// extension or content), folders, and <c>-</c> for standard input. Problems come back as failed records naming the
/// input, non-article files met in folders as skipped records; the batch goes on.
/// </summary>
internal sealed class InputResolver(string? inputFormat, int maxChars)
{
    private readonly ReaderRegistry _registry = new(new HtmlArticleExtractor(), ReaderLimits.Default with { MaxRecordChars = maxChars });

    public IEnumerable<ReadItem> Read(IEnumerable<string> paths, CancellationToken ct)
    {
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var item in _registry.Read(path, inputFormat, ct)) yield return item;
        }
    }

    /// <summary>How many items <see cref="Read"/> will give, when known without reading the inputs; else null.</summary>
    public long? Count(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (ReaderRegistry.CountItems(path, inputFormat) is not { } n) return null;
            total += n;
        }
        return total;
    }
}
