namespace NewsLens.Models;

/// <summary>
/// Finds a repository checkout (the folder holding <c>NewsLens.slnx</c>) and the shared data folder beside it.
/// Used by the model directory, the training commands and the tests; every method reads the file system only.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks a repository root.</summary>
    public const string SolutionFile = "NewsLens.slnx";

    /// <summary>Environment variable naming the shared data folder explicitly.</summary>
    public const string SharedDataVariable = "NEWSLENS_SHARED_DATA";

    /// <summary>
    /// The nearest folder at or above <paramref name="startDirectory"/> (default: the current directory) that holds
    /// <see cref="SolutionFile"/> and, when <paramref name="requiredSubfolder"/> is given, that subfolder; null when none does.
    /// </summary>
    public static string? FindRoot(string? startDirectory = null, string? requiredSubfolder = null)
    {
        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, SolutionFile))) continue;
            if (requiredSubfolder is null || Directory.Exists(Path.Combine(dir.FullName, requiredSubfolder))) return dir.FullName;
        }
        return null;
    }

    /// <summary>
    /// The shared data folder: <c>$NEWSLENS_SHARED_DATA</c> when set (whether or not it exists, so a wrong value is
    /// reported rather than silently replaced), else <c>../shared/data</c> beside <paramref name="repoRoot"/> when that
    /// folder exists; null otherwise.
    /// </summary>
    public static string? FindSharedData(string? repoRoot)
    {
        var env = Environment.GetEnvironmentVariable(SharedDataVariable);
        if (!string.IsNullOrEmpty(env)) return env;
        if (repoRoot is null) return null;
        var candidate = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
