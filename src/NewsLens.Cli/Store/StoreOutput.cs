using System.CommandLine;

namespace NewsLens.Cli.Store;

/// <summary><c>-o, --output FILE</c> of the store commands: where their results go (default: standard output).</summary>
internal static class StoreOutput
{
    public static Option<string?> Create(string what) => new("--output", "-o") { Description = $"{what} to this file (default: standard output)." };

    /// <summary>Runs <paramref name="write"/> on the file named (created or replaced) or on standard output.</summary>
    public static int To(string? path, Func<TextWriter, int> write)
    {
        if (path is null or "-") return write(Console.Out);
        using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        return write(file);
    }
}
