namespace NewsLens.Cli.Store;

/// <summary>
/// The identity of an input record in the store: its location (path, then <c>:line</c> or <c>#record</c>) with the
/// path made absolute, so <c>./in.jsonl:3</c> and <c>/data/in.jsonl:3</c> are one record. Thread-safe.
/// </summary>
internal sealed class RecordKeys(IEnumerable<string> paths)
{
    private readonly (string Typed, string Full)[] _paths = [.. paths.Where(p => p != "-").Distinct().OrderByDescending(p => p.Length)
        .Select(p => (p, Full(p))).Where(p => p.Item2 is not null).Select(p => (p.p, p.Item2!))];

    public string Of(string location)
    {
        foreach (var (typed, full) in _paths)
            if (location.StartsWith(typed, StringComparison.Ordinal)) return full + location[typed.Length..];
        return location;
    }

    private static string? Full(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }
}
