namespace NewsLens.Cli.Commands;

/// <summary>Finds the repository root and <c>../shared/data</c> for training commands.</summary>
internal static class SharedDataLocator
{
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx"))) return dir.FullName;
        return null;
    }

    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("NEWSLENS_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var repo = RepoRoot();
        if (repo is null) return null;
        var candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
