using NewsLens.Training.Extraction;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-score [--worst N] [--dump DIR]</c>: runs the extractor over the benchmark pages and prints the
/// benchmark's precision, recall and F1, plus the N weakest pages by F1 (ids only, never page text).
/// </summary>
public static class ExtractionScoreCommand
{
    public static int Run(string[] args)
    {
        int worst = IntArg(args, "--worst", 15);
        string? dump = StrArg(args, "--dump");
        var dir = StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory();
        var pages = BenchmarkCorpus.Load(dir);
        var extractor = new HtmlArticleExtractor();
        var counts = new List<ShingleScorer.PageCounts>();
        var rows = new List<(string Id, double P, double R, bool IsArticle, string? Reason)>();
        var outputs = new List<(string, string)>();
        foreach (var page in pages)
        {
            var result = extractor.Extract(page.Html, page.Url);
            var c = ShingleScorer.Compare(page.Truth, result.Article.Text);
            counts.Add(c);
            rows.Add((page.Id, ShingleScorer.PagePrecision(c), ShingleScorer.PageRecall(c), result.IsArticle, result.NotArticleReason));
            outputs.Add((page.Id, result.Article.Text));
            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, page.Id[..12] + ".pred.txt"), result.Article.Text);
                File.WriteAllText(Path.Combine(dump, page.Id[..12] + ".true.txt"), page.Truth);
            }
        }
        var score = ShingleScorer.Aggregate(counts);
        Console.WriteLine($"pages={pages.Count} precision={score.Precision:F4} recall={score.Recall:F4} F1={score.F1:F4}");
        Console.WriteLine($"not-article verdicts: {rows.Count(r => !r.IsArticle)}");
        foreach (var r in rows.OrderBy(r => F1(r.P, r.R)).Take(worst))
            Console.WriteLine($"  {r.Id[..12]} P={r.P:F3} R={r.R:F3} {(r.IsArticle ? "" : "NOT-ARTICLE: " + r.Reason)}");
        var outPath = StrArg(args, "--out");
        if (outPath is not null)
        {
            using var fs = File.Create(outPath);
            ScrapingHubFormat.Write(outputs, fs);
        }
        return 0;
    }

    private static double F1(double p, double r) => p + r > 0 ? 2 * p * r / (p + r) : 0;

    internal static int IntArg(string[] args, string name, int fallback)
    {
        var s = StrArg(args, name);
        return s is not null && int.TryParse(s, out int v) ? v : fallback;
    }

    internal static string? StrArg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
