namespace NewsLens.Models;

/// <summary>
/// Finds the trained model files that analyzers load. An explicit directory is the only place looked in (a file
/// missing there is missing, not taken from elsewhere). Without one, looks in order in <c>$NEWSLENS_MODELS</c>, in
/// <c>models/</c> beside the running program, and in <c>models/</c> of the nearest enclosing repository checkout
/// (walking up from the current directory). Thread-safe (immutable).
/// </summary>
public sealed class ModelDirectory
{
    private readonly string[] _roots;

    public ModelDirectory(string? explicitRoot = null)
    {
        if (!string.IsNullOrEmpty(explicitRoot))
        {
            // why: a model silently taken from another folder than the one asked for gives results nobody asked for
            _roots = [Path.GetFullPath(explicitRoot)];
            return;
        }
        var roots = new List<string>();
        var env = Environment.GetEnvironmentVariable("NEWSLENS_MODELS");
        if (!string.IsNullOrEmpty(env)) roots.Add(Path.GetFullPath(env));
        roots.Add(Path.Combine(AppContext.BaseDirectory, "models"));
        if (RepositoryPaths.FindRoot(requiredSubfolder: "models") is { } repo) roots.Add(Path.Combine(repo, "models"));
        _roots = [.. roots.Distinct()];
    }

    public static ModelDirectory Default { get; } = new();

    public IReadOnlyList<string> Roots => _roots;

    /// <summary>Full path of <paramref name="fileName"/> in the first root that has it, or null.</summary>
    public string? Find(string fileName)
    {
        foreach (var root in _roots)
        {
            var path = Path.Combine(root, fileName);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>Full path of a required model file.</summary>
    /// <exception cref="FileNotFoundException">naming the file and the places searched, with the command that trains it.</exception>
    public string Require(string fileName, string trainCommand)
    {
        return Find(fileName) ?? throw new FileNotFoundException(
            $"model file '{fileName}' not found in {string.Join(", ", _roots)}; train it with `{trainCommand}`", fileName);
    }
}
