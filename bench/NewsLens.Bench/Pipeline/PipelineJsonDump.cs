using NewsLens.Analyzers;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Bench.Pipeline;

/// <summary>
/// Writes the compact JSON report of every corpus article (one per line) so a speed change can be checked to give
/// byte-identical output. Every third article gets a metadata title and site name, to exercise the title and
/// outlet-mask paths. Run: <c>NewsLens.Bench pipeline-json out.jsonl [maxArticles]</c>.
/// </summary>
internal static class PipelineJsonDump
{
    public static int Run(string[] args)
    {
        var root = CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        if (args.Length < 2) { Console.Error.WriteLine("usage: pipeline-json out.jsonl [maxArticles]"); return 2; }
        int max = args.Length > 2 && int.TryParse(args[2], out var m) ? m : int.MaxValue;
        var articles = CorpusFiles.Load(root);
        var pipeline = NewsLensPipeline.CreateDefault(options: new PipelineOptions { ArticleTimeout = null });
        using var w = new StreamWriter(args[1]);
        int i = 0;
        foreach (var a in articles.Take(max))
        {
            ArticleMetadata? meta = null;
            if (i % 3 == 1)
            {
                var lines = a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                meta = new ArticleMetadata { Id = $"a{i}", Title = "Shocking truth: " + lines[^1][..Math.Min(80, lines[^1].Length)], SiteName = i % 2 == 0 ? "Fox News" : "Breitbart" };
            }
            w.WriteLine(ReportJson.Serialize(pipeline.Analyze(a.Text, meta), indented: false));
            i++;
        }
        Console.WriteLine($"wrote {i} reports to {args[1]}");
        return 0;
    }
}
