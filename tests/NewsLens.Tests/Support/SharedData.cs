using NewsLens.Models;

namespace NewsLens.Tests.Support;

/// <summary>Locates <c>../shared/data</c> beside the repository checkout; absent on a user's clone.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootLazy = new(Locate);

    /// <summary>Full path of the shared data folder, or null when it is not there.</summary>
    public static string? Root => RootLazy.Value;

    /// <summary>Repository root (the folder holding NewsLens.slnx) above the test binaries; the current directory when none is.</summary>
    public static string RepoRoot { get; } = RepositoryPaths.FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string PathTo(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared/data is absent"), .. parts]);

    // why: a test skips, rather than fails, when the folder is absent, so a set but missing folder counts as absent
    private static string? Locate() => RepositoryPaths.FindSharedData(RepoRoot) is { } dir && Directory.Exists(dir) ? dir : null;
}

/// <summary>A fact that needs <c>../shared/data</c>; skipped, with a message, when the folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null) Skip = "../shared/data is absent (a user's clone): this test needs the shared datasets";
    }
}

/// <summary>A theory that needs <c>../shared/data</c>; skipped, with a message, when the folder is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null) Skip = "../shared/data is absent (a user's clone): this test needs the shared datasets";
    }
}
