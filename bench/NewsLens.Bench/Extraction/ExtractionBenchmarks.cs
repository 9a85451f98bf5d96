using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsLens.Ingest.Html;

namespace NewsLens.Bench.Extraction;

/// <summary>
/// Per-page cost of the HTML extractor against the AngleSharp parse it is built on, over the ScrapingHub benchmark
/// pages (one operation = the whole corpus, so divide by the page count). Run with
/// <c>dotnet run -c Release --project bench/NewsLens.Bench -- --filter *ExtractionBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<BenchmarkPage> _pages = [];
    private readonly HtmlArticleExtractor _extractor = new();
    private readonly HtmlParser _parser = new(HtmlParsing.OptionsFor(HtmlExtractorOptions.Default));

    [GlobalSetup]
    public void Setup() => _pages = BenchmarkCorpus.Load(BenchmarkCorpus.DefaultDirectory());

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int Parse()
    {
        int n = 0;
        foreach (var page in _pages)
        {
            using var doc = _parser.ParseDocument(page.Html);
            n += doc.ChildNodes.Length;
        }
        return n;
    }

    [Benchmark(Description = "Extract (parse + text + metadata)")]
    public int Extract()
    {
        int n = 0;
        foreach (var page in _pages)
            n += _extractor.Extract(page.Html, page.Url).Article.Text.Length;
        return n;
    }
}
