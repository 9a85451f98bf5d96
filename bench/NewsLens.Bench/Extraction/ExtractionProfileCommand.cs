using System.Diagnostics;
using AngleSharp.Html.Parser;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// <c>extraction-profile</c>: where the time of one extraction goes, stage by stage, summed over the corpus after a
/// warm-up pass (source pre-pass, parse of its output, walk, select, head + JSON-LD, metadata, text assembly).
/// </summary>
public static class ExtractionProfileCommand
{
    public static int Run(string[] args)
    {
        var pages = BenchmarkCorpus.Load(ExtractionScoreCommand.StrArg(args, "--data") ?? BenchmarkCorpus.DefaultDirectory());
        var parser = new HtmlParser(HtmlParsing.OptionsFor(HtmlExtractorOptions.Default));
        var t = new double[8];
        for (int pass = 0; pass < 3; pass++)
        {
            Array.Clear(t);
            foreach (var p in pages)
            {
                var sw = Stopwatch.StartNew();
                SourcePrePass.TryPrepare(p.Html, 2000, out var parseInput);
                t[0] += Lap(sw);
                using var doc = parser.ParseDocument(parseInput);
                t[1] += Lap(sw);
                var scan = PageWalker.Walk(doc.Body!);
                t[2] += Lap(sw);
                var kept = ContentSelector.Select(scan, null);
                t[3] += Lap(sw);
                var head = HeadReader.Read(doc);
                t[4] += Lap(sw);
                var ld = JsonLdReader.Read(p.Html);
                t[7] += Lap(sw);
                MetadataBuilder.Build(NewsLens.Text.ArticleMetadata.Empty, doc, head, ld, scan, p.Url);
                t[5] += Lap(sw);
                TextAssembler.Assemble(scan, kept, null);
                t[6] += Lap(sw);
            }
        }
        string[] names = ["prepass", "parse", "walk", "select", "head", "metadata", "assemble", "jsonld"];
        for (int i = 0; i < t.Length; i++)
            Console.WriteLine($"{names[i],-12} {t[i] / pages.Count:F3} ms/page");
        Console.WriteLine($"{"total",-12} {t.Sum() / pages.Count:F3} ms/page");
        return 0;
    }

    private static double Lap(Stopwatch sw)
    {
        double ms = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        return ms;
    }
}
