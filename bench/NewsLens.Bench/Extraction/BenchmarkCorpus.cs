using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsLens.Bench.Extraction;

/// <summary>The ScrapingHub benchmark pages in ../shared/data (or $NEWSLENS_DATA), decompressed into memory.</summary>
public sealed record BenchmarkPage(string Id, string Url, string Html, string Truth);

public static class BenchmarkCorpus
{
    public static string DefaultDirectory()
    {
        var env = Environment.GetEnvironmentVariable("NEWSLENS_DATA");
        var root = env ?? FindShared();
        return Path.Combine(root, "article-extraction-benchmark");
    }

    private static string FindShared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate))
                return Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        return "/work/shared/data";
    }

    public static List<BenchmarkPage> Load(string directory)
    {
        using var truthStream = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        using var truth = JsonDocument.Parse(truthStream);
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            pages.Add(new BenchmarkPage(entry.Name, entry.Value.GetProperty("url").GetString() ?? "",
                reader.ReadToEnd(), entry.Value.GetProperty("articleBody").GetString() ?? ""));
        }
        return pages;
    }
}
