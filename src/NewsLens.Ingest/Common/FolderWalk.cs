namespace NewsLens.Ingest.Common;

/// <summary>
/// Lists the files under a folder, recursively, in ordinal path order, each with the reason it is skipped when it is
/// not an article (<see cref="NonArticleFiles"/>). A hidden folder is listed once, as skipped, and not entered; a
/// symbolic link to a folder is followed unless it leads back to a folder already walked (no loops).
/// </summary>
internal static class FolderWalk
{
    public static List<(string Path, string? Skip)> List(string folder)
    {
        var found = new List<(string Path, string? Skip)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(folder), folder, found, seen);
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static void Walk(DirectoryInfo dir, string path, List<(string Path, string? Skip)> found, HashSet<string> seen)
    {
        var real = dir.LinkTarget is null ? dir.FullName : dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
        if (!seen.Add(real)) return;
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        foreach (var entry in dir.EnumerateFileSystemInfos("*", options))
        {
            // why: keep the path as the caller spelled it (relative stays relative), so locations read as typed
            var full = Path.Combine(path, entry.Name);
            if (entry is DirectoryInfo sub)
            {
                if (entry.Name.StartsWith('.')) found.Add((full, "hidden folder"));
                else Walk(sub, full, found, seen);
            }
            else found.Add((full, NonArticleFiles.Reason(entry.Name)));
        }
    }
}
