using NewsLens.Ingest;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Makes article ids unique within a run: the second article called <c>001</c> becomes <c>001-2</c>, and so on.
/// Ids are given in input order, articles finished by an earlier run included, so a resumed run names every article
/// as the first run did. Not thread-safe: call from the reading loop.
/// </summary>
internal sealed class RunIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The item with its article's id (and metadata id) made unique; failed and skipped items unchanged.</summary>
    public ReadItem Assign(ReadItem item)
    {
        if (item.Article is not { } a) return item;
        string wanted = a.Metadata.Id ?? a.Id;
        string id = wanted;
        for (int n = 2; !_used.Add(id); n++) id = $"{wanted}-{n}";
        return item with { Article = a with { Id = id, Metadata = a.Metadata with { Id = id } } };
    }
}
