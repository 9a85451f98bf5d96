using NewsLens.Ingest.Html;
using NewsLens.Training.Extraction;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-sets [--part dev|untouched|all] [--sets a,b] [--worst N] [-j N] [--dump DIR] [--rules]</c>: scores the extractor on every
/// extraction set in one go with the ScrapingHub shingle F1 and prints one row per set, so a change that helps one set
/// and hurts another shows at once. The untouched part is scored only when asked for.
/// </summary>
public static class ExtractionSetsCommand
{
    public static int Run(string[] args)
    {
        var partArg = ExtractionScoreCommand.StrArg(args, "--part") ?? "dev";
        SplitPart? part = partArg switch
        {
            "dev" => SplitPart.Dev,
            "untouched" => SplitPart.Untouched,
            "all" => null,
            _ => throw new ArgumentException($"--part: '{partArg}' is not one of dev, untouched, all"),
        };
        var root = ExtractionScoreCommand.StrArg(args, "--data") ?? Path.GetDirectoryName(BenchmarkCorpus.DefaultDirectory())!;
        var sets = ExtractionScoreCommand.StrArg(args, "--sets")?.Split(',') ?? [.. ExtractionSets.Names];
        int worst = ExtractionScoreCommand.IntArg(args, "--worst", 0);
        int jobs = ExtractionScoreCommand.IntArg(args, "-j", 2);
        var dump = ExtractionScoreCommand.StrArg(args, "--dump");
        // why: --rules scores the structural rules alone, the extractor as it was before the block classifier.
        bool rulesOnly = args.Contains("--rules");
        var extractor = new HtmlArticleExtractor(new HtmlExtractorOptions { UseBlockClassifier = !rulesOnly });
        Console.WriteLine($"part: {partArg}, extractor: {(rulesOnly ? "structural rules alone" : "rules + block classifier")}");
        Console.WriteLine("| Set | Pages | Precision | Recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var all = new List<ShingleScorer.PageCounts>();
        var weak = new List<(string Set, string Id, double F1)>();
        foreach (var set in sets)
        {
            var pages = ExtractionSets.Load(root, set).Where(p => part is null || p.Part == part).ToList();
            var counts = new ShingleScorer.PageCounts[pages.Count];
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                var text = extractor.Extract(pages[i].Html, pages[i].Url).Article.Text;
                counts[i] = ShingleScorer.Compare(pages[i].Truth, text);
                if (dump is not null && pages[i].Part == SplitPart.Dev)
                {
                    // why: for reading misses by eye, in a scratch folder outside the repository; never the untouched part.
                    Directory.CreateDirectory(Path.Combine(dump, set));
                    File.WriteAllText(Path.Combine(dump, set, pages[i].Id + ".pred.txt"), text);
                    File.WriteAllText(Path.Combine(dump, set, pages[i].Id + ".true.txt"), pages[i].Truth);
                }
            });
            var s = ShingleScorer.Aggregate(counts);
            all.AddRange(counts);
            Console.WriteLine($"| {set} | {pages.Count} | {s.Precision:F4} | {s.Recall:F4} | {s.F1:F4} |");
            for (int i = 0; i < pages.Count; i++)
                weak.Add((set, pages[i].Id, PageF1(counts[i])));
        }
        var total = ShingleScorer.Aggregate(all);
        Console.WriteLine($"| all pages | {all.Count} | {total.Precision:F4} | {total.Recall:F4} | {total.F1:F4} |");
        foreach (var w in weak.OrderBy(w => w.F1).Take(worst))
            Console.WriteLine($"  {w.Set}/{w.Id} F1={w.F1:F3}");
        return 0;
    }

    private static double PageF1(ShingleScorer.PageCounts c)
    {
        double p = ShingleScorer.PagePrecision(c), r = ShingleScorer.PageRecall(c);
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}
