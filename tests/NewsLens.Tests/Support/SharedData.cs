namespace NewsLens.Tests.Support;

/// <summary>Locates <c>../shared/data</c> beside the repository checkout; absent on a user's clone.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootLazy = new(Locate);

    /// <summary>Full path of the shared data folder, or null when it is not there.</summary>
    public static string? Root => RootLazy.Value;

    /// <summary>Repository root (the folder holding NewsLens.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PathTo(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared/data is absent"), .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsLens.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("NEWSLENS_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
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
