namespace NewsLens.Ingest.Common;

/// <summary>Formats <see cref="ReadItem.Location"/> strings the same way in every reader.</summary>
internal static class Where
{
    public static string File(string path) => path;
    public static string Line(string path, long line) => $"{path}:{line}";
    public static string Record(string path, long record) => $"{path}#{record}";
    public static string Record(string path, long record, long byteOffset) => $"{path}#{record}@{byteOffset}";
}
