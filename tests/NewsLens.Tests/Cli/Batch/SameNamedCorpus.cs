using System.Text.Json;

namespace NewsLens.Tests.Cli.Batch;

/// <summary>
/// A folder whose articles share file names across subfolders (business/001.txt, sport/001.txt), including two
/// folder names that differ only by characters a file name cannot keep ("a b", "a_b") and only by case ("Arts",
/// "arts"), plus files that are not articles. Short texts written for the tests.
/// </summary>
internal sealed class SameNamedCorpus : IDisposable
{
    public static readonly string[] Articles = ["business/001.txt", "sport/001.txt", "a b/001.txt", "a_b/001.txt", "Arts/002.txt", "arts/002.txt"];

    public SameNamedCorpus()
    {
        Root = Directory.CreateTempSubdirectory("newslens-batch-").FullName;
        Input = Path.Combine(Root, "corpus");
        for (int i = 0; i < Articles.Length; i++)
            Write(Articles[i], $"Story {i}\n\nThe council met on day {i}. It voted to repair bridge {i}.");
        Write("README.md", "About this corpus.");
        Write("SHA256SUMS", "0000  business/001.txt");
    }

    public string Root { get; }
    public string Input { get; }

    /// <summary>The input paths as the folder walk spells them.</summary>
    public IEnumerable<string> InputPaths => Articles.Select(a => Path.Combine(Input, a));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>(id, input path) of each report.</summary>
    public static List<(string Id, string Input)> Identities(IEnumerable<string> jsonReports) =>
        [.. jsonReports.Select(json =>
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            return (root.GetProperty("id").GetString()!, root.GetProperty("metadata").GetProperty("input").GetProperty("path").GetString()!);
        })];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
