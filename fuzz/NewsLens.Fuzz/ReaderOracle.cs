using NewsLens.Ingest;

namespace NewsLens.Fuzz;

/// <summary>
/// What a reader may do with arbitrary bytes: give articles with text, or failures naming the record and the problem,
/// or throw IOException / InvalidDataException / XmlException for a whole unreadable input (the
/// <see cref="IArticleReader"/> contract). Anything else is a finding, including a record failure that only wraps an
/// exception the reader's own code did not expect.
/// </summary>
internal static class ReaderOracle
{
    // why: RecordGuard and the HTML extractor keep a batch going by turning any exception into a failed record;
    // for fuzzing those are bugs (a parser that threw), so their wording marks them.
    private static readonly string[] GuardedBugMarkers = ["while reading this record", "extraction failed: ", "HTML extraction failed"];

    public static void Check(IEnumerable<ReadItem> items)
    {
        try
        {
            foreach (var item in items) CheckItem(item);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException) { }
    }

    public static void CheckItem(ReadItem item)
    {
        if (item.Error is { } error)
        {
            if (GuardedBugMarkers.Any(m => error.Contains(m, StringComparison.Ordinal))) throw new FuzzFinding($"{item.Location}: {error}");
            if (string.IsNullOrWhiteSpace(error)) throw new FuzzFinding($"{item.Location}: a failure without a reason");
            return;
        }
        if (item.Article is { } a && a.Text.Length == 0) throw new FuzzFinding($"{item.Location}: an article without text");
    }
}
