namespace NewsLens.Ingest.Common;

/// <summary>Fallback article ids for records that carry none: stable, derived from the input name and position.</summary>
internal static class ArticleIds
{
    public static string FromFile(string path) =>
        path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(StripGz(path));

    public static string FromRecord(string path, long record) => $"{FromFile(path)}#{record}";

    /// <summary>The fallback id a reader gives record <paramref name="record"/> (null: the whole file) of <paramref name="path"/>.</summary>
    public static string Fallback(string path, long? record) => record is { } r ? FromRecord(path, r) : FromFile(path);

    /// <summary>
    /// The fallback id of a file met while walking a folder: its path relative to the folder, '/'-separated, without
    /// extension, so business/001.txt and sport/001.txt stay apart.
    /// </summary>
    public static string FromRelative(string relativePath, long? record)
    {
        var rel = StripGz(relativePath).Replace('\\', '/');
        int slash = rel.LastIndexOf('/');
        var stem = slash < 0 ? Path.GetFileNameWithoutExtension(rel) : rel[..(slash + 1)] + Path.GetFileNameWithoutExtension(rel[(slash + 1)..]);
        return record is { } r ? $"{stem}#{r}" : stem;
    }

    private static string StripGz(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
}
