using System.Text.Json;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-meta [--blind] [--verbose]</c>: author and publication-date precision/recall against the hand-checked facts in
/// metadata-expected.json (ScrapingHub pages), or with <c>--blind</c> in metadata-blind.json (40 pages of the new sets,
/// keyed <c>set/name</c>, labelled before the extractor was run on them). Authors are compared as case-insensitive name sets per page (micro-averaged); a date is
/// right when its yyyy-MM-dd (in the offset the page states) matches.
/// </summary>
public static class MetadataScoreCommand
{
    public static int Run(string[] args)
    {
        bool verbose = args.Contains("--verbose");
        bool blind = args.Contains("--blind");
        var expectedPath = ExtractionScoreCommand.StrArg(args, "--expected") ?? FindExpected(blind ? "metadata-blind.json" : "metadata-expected.json");
        using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var pages = blind ? BlindPages(expected, ExtractionScoreCommand.StrArg(args, "--data"))
            : BenchmarkCorpus.Load(ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory()).ToDictionary(p => p.Id);
        var extractor = new HtmlArticleExtractor();
        int aTp = 0, aPred = 0, aGold = 0, dRight = 0, dPred = 0, dGold = 0, aPages = 0;
        foreach (var entry in expected.RootElement.GetProperty("pages").EnumerateObject())
        {
            var page = pages[entry.Name];
            var meta = extractor.Extract(page.Html, page.Url.Length > 0 ? page.Url : null).Article.Metadata;
            if (entry.Value.TryGetProperty("authors", out var authorsEl))
            {
                aPages++;
                var gold = authorsEl.EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var pred = meta.Authors.ToHashSet(StringComparer.OrdinalIgnoreCase);
                int tp = pred.Count(gold.Contains);
                aTp += tp; aPred += pred.Count; aGold += gold.Count;
                if (verbose && (tp != gold.Count || tp != pred.Count))
                    Console.WriteLine($"  authors {Short(entry.Name)}: expected [{string.Join("; ", gold)}] got [{string.Join("; ", pred)}]");
            }
            if (entry.Value.TryGetProperty("published", out var dateEl))
            {
                dGold++;
                var got = meta.Published?.ToString("yyyy-MM-dd");
                if (got is not null) dPred++;
                if (got == dateEl.GetString()) dRight++;
                else if (verbose)
                    Console.WriteLine($"  published {Short(entry.Name)}: expected {dateEl.GetString()} got {got ?? "none"}");
            }
        }
        Console.WriteLine($"authors ({aPages} pages, {aGold} names): precision={Ratio(aTp, aPred):F3} recall={Ratio(aTp, aGold):F3}");
        Console.WriteLine($"published ({dGold} pages): precision={Ratio(dRight, dPred):F3} recall={Ratio(dRight, dGold):F3}");
        return 0;
    }

    private static Dictionary<string, BenchmarkPage> BlindPages(JsonDocument expected, string? dataRoot)
    {
        var root = dataRoot ?? Path.GetDirectoryName(BenchmarkCorpus.DefaultDirectory())!;
        var sets = expected.RootElement.GetProperty("pages").EnumerateObject().Select(e => e.Name.Split('/')[0]).Distinct();
        return sets.SelectMany(set => NewsLens.Training.Extraction.ExtractionSets.Load(root, set))
            .ToDictionary(p => p.Set + "/" + p.Id, p => new BenchmarkPage(p.Set + "/" + p.Id, p.Url ?? "", p.Html, p.Truth));
    }

    // why: read from the source tree (walking up from the binary) so the facts file needs no build wiring.
    private static string FindExpected(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "NewsLens.Bench", "Extraction", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(name + " not found above " + AppContext.BaseDirectory);
    }

    private static string Short(string id) => id.Contains('/') ? id : id[..12];

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
