using NewsLens.Training.Extraction;
using System.Text.Json;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-score-file PRED.json</c>: scores a file written by <c>newslens extract DIR --format scrapinghub</c>
/// against the benchmark's ground truth with the benchmark's own measure. A page missing from the file counts as an
/// empty prediction.
/// </summary>
public static class ScoreFileCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: extraction-score-file PRED.json [--data DIR]"); return 2; }
        var dir = ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory();
        using var pred = JsonDocument.Parse(File.ReadAllText(args[0]));
        var pages = BenchmarkCorpus.Load(dir);
        var counts = new List<ShingleScorer.PageCounts>();
        int missing = 0;
        foreach (var page in pages)
        {
            string body = "";
            if (pred.RootElement.TryGetProperty(page.Id, out var entry) && entry.TryGetProperty("articleBody", out var b)) body = b.GetString() ?? "";
            else missing++;
            counts.Add(ShingleScorer.Compare(page.Truth, body));
        }
        var score = ShingleScorer.Aggregate(counts);
        Console.WriteLine($"pages={pages.Count} missing={missing} precision={score.Precision:F4} recall={score.Recall:F4} F1={score.F1:F4}");
        return 0;
    }
}
