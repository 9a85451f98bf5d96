namespace NewsLens.Ingest.Common;

/// <summary>Fallback article ids for records that carry none: stable, derived from the input name and position.</summary>
internal static class ArticleIds
{
    public static string FromFile(string path) =>
        path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(StripGz(path));

    public static string FromRecord(string path, long record) => $"{FromFile(path)}#{record}";

    private static string StripGz(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
}
