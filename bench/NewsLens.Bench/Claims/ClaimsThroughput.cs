using System.Diagnostics;
using System.Globalization;
using NewsLens.Analyzers.Claims;
using NewsLens.Training.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Bench.Claims;

/// <summary>
/// Corpus throughput of check-worthiness scoring plus quantity extraction on one thread:
/// <c>dotnet run -c Release --project bench/NewsLens.Bench -- claims [shared-data-dir]</c>.
/// Segmentation is done once before timing (it belongs to the core, not to this feature); the timed part is
/// quantity extraction + featurisation + scoring of every unit. Prints the median of 7 runs. When the models folder holds
/// claims.encoder.bin, also times the scorer with and without it on 100 pre-encoded articles (the head's own cost).
/// </summary>
public static class ClaimsThroughput
{
    public static int Run(string[] args)
    {
        var data = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(FindRepo(), "..", "shared", "data"));
        var sw = Stopwatch.StartNew();
        var scorer = ClaimScorer.Load(new ModelDirectory(Path.Combine(FindRepo(), "models")));
        Console.WriteLine(FormattableString.Invariant($"model loaded in {sw.Elapsed.TotalMilliseconds:0} ms"));

        // Transcripts: every line of the 2020 debate training set, one document per transcript.
        var transcripts = Directory.GetFiles(Path.Combine(data, "checkthat2020-task5-checkworthiness-debates-en", "training"), "*.tsv")
            .Order(StringComparer.Ordinal).Select(f => CheckThatReader.ReadTranscript(f))
            .Select(t => ClaimDocuments.FromTexts(t.Lines.Select(l => l.Text).ToList(), t.Lines.Select(l => (string?)l.Speaker).ToList()))
            .ToList();
        int lines = transcripts.Sum(t => t.Units.Length);
        Measure("transcript lines (quantities + features + score)", lines, () =>
        {
            double sink = 0;
            foreach (var (doc, units) in transcripts) sink += scorer.ScoreUnits(doc, units, ClaimDomain.Transcript)[0];
            return sink;
        });

        // Articles: BBC news, sentences, through the analyzers themselves (quantities layer + claims layer).
        var articles = Directory.GetFiles(Path.Combine(data, "unlabeled-bbc-news-greene2006"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(1000).Select(f => Document.Create(File.ReadAllText(f))).ToList();
        int sentences = articles.Sum(d => d.Sentences.Count);
        var quantities = new QuantityExtractor();
        Measure("article sentences (QuantityExtractor + ClaimScorer analyzers)", sentences, () =>
        {
            double sink = 0;
            foreach (var doc in articles)
            {
                quantities.Analyze(doc, CancellationToken.None);
                scorer.Analyze(doc, CancellationToken.None);
                sink += doc.Get(ClaimLayers.Claims).Count;
            }
            return sink;
        });
        MeasureEncoderHead(articles.Take(100).Select(d => d.Text).ToList());
        return 0;
    }

    // The accurate pipeline's extra cost for claims: the same analyzer with claims.encoder.bin over sentence vectors
    // against the hashed model alone, on the same articles. The encoder runs before timing: the vectors are shared by
    // every head, so they are not this head's cost.
    private static void MeasureEncoderHead(List<string> texts)
    {
        var models = new ModelDirectory(Path.Combine(FindRepo(), "models"));
        if (models.Find(ClaimEncoderModel.Spec.FileName) is null) { Console.WriteLine("no claims.encoder.bin: accurate case skipped"); return; }
        var hashed = ClaimScorer.Load(models);
        var stacked = ClaimScorer.Load(models, useEncoder: true);
        var encoder = new NewsLens.Encoders.EncoderAnalyzer(NewsLens.Encoders.StandardPipelines.EncoderFor(models));
        var quantities = new QuantityExtractor();
        var docs = texts.Select(t =>
        {
            var doc = Document.Create(t);
            encoder.Analyze(doc, CancellationToken.None);
            quantities.Analyze(doc, CancellationToken.None);
            return doc;
        }).ToList();
        int sentences = docs.Sum(d => d.Sentences.Count);
        Console.WriteLine(FormattableString.Invariant($"accurate case: {docs.Count} articles, {sentences:N0} sentences, encoded before timing"));
        // why: 100 articles take a few milliseconds, so each timed run repeats them to rise above timer and scheduler noise
        const int repeats = 20;
        foreach (var (name, scorer) in new[] { ("claims.bin alone", hashed), ("claims.bin + claims.encoder.bin", stacked) })
            Measure($"article sentences, ClaimScorer with {name} ({repeats} x {docs.Count} articles)", sentences * repeats, () =>
            {
                double sink = 0;
                for (int r = 0; r < repeats; r++)
                    foreach (var doc in docs)
                    {
                        scorer.Analyze(doc, CancellationToken.None);
                        sink += doc.Get(ClaimLayers.Claims).Count;
                    }
                return sink;
            });
    }

    private static void Measure(string what, int items, Func<double> run)
    {
        run(); // warm-up (JIT, tiered compilation)
        run();
        // why: the machine is shared, so wall-clock time measures the neighbours too; the process's CPU time measures
        // this single-threaded loop (per core), wall-clock is printed beside it.
        var rates = new List<double>();
        var wall = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < 7; i++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            run();
            sw.Stop();
            process.Refresh();
            rates.Add(items / (process.TotalProcessorTime - cpu0).TotalSeconds);
            wall.Add(items / sw.Elapsed.TotalSeconds);
        }
        rates.Sort();
        wall.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {items:N0} items, median {rates[3]:N0} per CPU-second (min {rates[0]:N0}, max {rates[^1]:N0}); wall-clock median {wall[3]:N0}/s; 1 thread"));
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
