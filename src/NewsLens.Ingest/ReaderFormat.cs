namespace NewsLens.Ingest;

/// <summary>
/// One input format as <see cref="ReaderRegistry"/> registers it: its <c>--input-format</c> name and aliases, the file
/// extensions that select it (before any <c>.gz</c>), whether every file is exactly one article (so a batch can count
/// its articles before reading them), and how to make its reader.
/// </summary>
internal sealed record ReaderFormat(
    string Name,
    string[] Extensions,
    Func<ReaderContext, IArticleReader?> Create,
    string[]? Aliases = null,
    bool OneArticlePerFile = false)
{
    public IEnumerable<string> AllNames => Aliases is null ? [Name] : [Name, .. Aliases];
}
