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
        var t = new double[9];
        long rawAlloc = 0, cutAlloc = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            Array.Clear(t);
            foreach (var p in pages)
            {
                // why: the reference the pre-pass must beat: parsing the page as it came, same load, same page.
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                parser.ParseDocument(p.Html).Dispose();
                t[8] += Lap(sw);
                long a1 = GC.GetAllocatedBytesForCurrentThread();
                rawAlloc += a1 - a0;
                SourcePrePass.TryPrepare(p.Html, 2000, out var parseInput);
                t[0] += Lap(sw);
                using var prepared = parseInput;
                using var doc = parseInput.Parse(parser);
                t[1] += Lap(sw);
                cutAlloc += GC.GetAllocatedBytesForCurrentThread() - a1;
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
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine($"{names[i],-12} {t[i] / pages.Count:F3} ms/page");
        Console.WriteLine($"{"total",-12} {t[..8].Sum() / pages.Count:F3} ms/page");
        Console.WriteLine($"reference: parse of the raw page {t[8] / pages.Count:F3} ms/page, {rawAlloc / 3.0 / pages.Count / 1024:F0} KB/page; "
            + $"pre-pass + parse of its output {(t[0] + t[1]) / pages.Count:F3} ms/page, {cutAlloc / 3.0 / pages.Count / 1024:F0} KB/page");
        return 0;
    }

    private static double Lap(Stopwatch sw)
    {
        double ms = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        return ms;
    }
}
