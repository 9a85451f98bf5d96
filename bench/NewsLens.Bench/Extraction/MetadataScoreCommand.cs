using System.Text.Json;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-meta [--verbose]</c>: author and publication-date precision/recall against the hand-checked facts in
/// metadata-expected.json. Authors are compared as case-insensitive name sets per page (micro-averaged); a date is
/// right when its yyyy-MM-dd (in the offset the page states) matches.
/// </summary>
public static class MetadataScoreCommand
{
    public static int Run(string[] args)
    {
        bool verbose = args.Contains("--verbose");
        var expectedPath = ExtractionScoreCommand.StrArg(args, "--expected") ?? FindExpected();
        using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var pages = BenchmarkCorpus.Load(ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory())
            .ToDictionary(p => p.Id);
        var extractor = new HtmlArticleExtractor();
        int aTp = 0, aPred = 0, aGold = 0, dRight = 0, dPred = 0, dGold = 0, aPages = 0;
        foreach (var entry in expected.RootElement.GetProperty("pages").EnumerateObject())
        {
            var page = pages[entry.Name];
            var meta = extractor.Extract(page.Html, page.Url).Article.Metadata;
            if (entry.Value.TryGetProperty("authors", out var authorsEl))
            {
                aPages++;
                var gold = authorsEl.EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var pred = meta.Authors.ToHashSet(StringComparer.OrdinalIgnoreCase);
                int tp = pred.Count(gold.Contains);
                aTp += tp; aPred += pred.Count; aGold += gold.Count;
                if (verbose && (tp != gold.Count || tp != pred.Count))
                    Console.WriteLine($"  authors {entry.Name[..12]}: expected [{string.Join("; ", gold)}] got [{string.Join("; ", pred)}]");
            }
            if (entry.Value.TryGetProperty("published", out var dateEl))
            {
                dGold++;
                var got = meta.Published?.ToString("yyyy-MM-dd");
                if (got is not null) dPred++;
                if (got == dateEl.GetString()) dRight++;
                else if (verbose)
                    Console.WriteLine($"  published {entry.Name[..12]}: expected {dateEl.GetString()} got {got ?? "none"}");
            }
        }
        Console.WriteLine($"authors ({aPages} pages, {aGold} names): precision={Ratio(aTp, aPred):F3} recall={Ratio(aTp, aGold):F3}");
        Console.WriteLine($"published ({dGold} pages): precision={Ratio(dRight, dPred):F3} recall={Ratio(dRight, dGold):F3}");
        return 0;
    }

    // why: read from the source tree (walking up from the binary) so the facts file needs no build wiring.
    private static string FindExpected()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "NewsLens.Bench", "Extraction", "metadata-expected.json");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("metadata-expected.json not found above " + AppContext.BaseDirectory);
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
