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

    /// <summary>The pages of <paramref name="directory"/> (an <c>article-extraction-benchmark</c> folder), read by the trainer's reader.</summary>
    public static List<BenchmarkPage> Load(string directory) =>
        [.. NewsLens.Training.Extraction.ExtractionSets.LoadScrapingHub(directory)
            .Select(p => new BenchmarkPage(p.Id, p.Url ?? "", p.Html, p.Truth))];
}
