namespace NewsLens.Tests.Support;

/// <summary>
/// Locates the shared corpora (<c>../shared/data</c> next to the repository root). Tests that need them use
/// <see cref="SharedDataFactAttribute"/> so they are skipped, with a message, on machines without the data.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootLazy = new(FindRoot);

    /// <summary>Absolute path of the shared data folder, or null when it is not present.</summary>
    public static string? Root => RootLazy.Value;

    /// <summary>True when <see cref="Root"/> exists.</summary>
    public static bool IsAvailable => Root is not null;

    /// <summary>The path of <paramref name="relative"/> under <see cref="Root"/>; throws when the data is absent.</summary>
    public static string PathOf(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException("shared data folder not found"), relative);

    // why: worktrees live at /work/wt-*, the main checkout at /work/main; both see the data at ../shared/data.
    // The repo root is the first ancestor holding the solution file (or .git), found from the test binary's folder.
    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")) && !Path.Exists(Path.Combine(dir.FullName, ".git")))
                continue;
            var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(data) ? data : null;
        }
        return null;
    }
}

/// <summary>A <see cref="FactAttribute"/> that skips the test when the shared data folder is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsAvailable)
            Skip = "shared data folder (../shared/data beside the repository) not found";
    }
}
