using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsLens.Ingest.Html;

namespace NewsLens.Training.Extraction;

/// <summary>
/// Reads the extraction development sets: the ScrapingHub benchmark (<c>article-extraction-benchmark/</c>) and the
/// four sets of <c>extraction-dev/</c>. One reader serves the trainer and the benchmark, so both see the same gold.
/// </summary>
public static class ExtractionSets
{
    public const string ScrapingHub = "scrapinghub";

    /// <summary>Every set, in the order tables print them.</summary>
    public static readonly IReadOnlyList<string> Names =
        [ScrapingHub, "dragnet", "readability", "cleaneval-dev", "cleaneval-final", "cleanportaleval"];

    private static readonly Dictionary<string, string> Folders = new()
    {
        ["dragnet"] = "dragnet_data", ["readability"] = "readability", ["cleaneval-dev"] = "cleaneval-dev",
        ["cleaneval-final"] = "cleaneval-final", ["cleanportaleval"] = "CleanPortalEval-master",
    };

    /// <summary>Loads one set from the shared data root; pages without a gold file are skipped (CleanEval-final has 59).</summary>
    public static List<ExtractionPage> Load(string dataRoot, string set)
    {
        if (set == ScrapingHub)
            return LoadScrapingHub(Path.Combine(dataRoot, "article-extraction-benchmark"));
        if (!Folders.TryGetValue(set, out var folder))
            throw new ArgumentException($"unknown extraction set '{set}'; known: {string.Join(", ", Names)}", nameof(set));
        var dir = Path.Combine(dataRoot, "extraction-dev", folder);
        var pages = new List<ExtractionPage>();
        foreach (var input in Directory.GetFiles(Path.Combine(dir, "input"), "*.html").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(input);
            var goldPath = Path.Combine(dir, "GoldStandard", id + ".txt");
            if (!File.Exists(goldPath))
                continue;
            var raw = File.ReadAllBytes(input);
            if (!HtmlDecoder.TryDecode(raw, long.MaxValue, out var html, out var error))
                throw new InvalidDataException($"{input}: {error}");
            var gold = ReadText(goldPath);
            var (truth, url) = set switch
            {
                "readability" => (GoldText.FromHtml(gold), (string?)null),
                "dragnet" => (GoldText.FromDragnet(gold), null),
                _ => (GoldText.FromCleanEval(gold), GoldText.CleanEvalUrl(html) ?? GoldText.CleanEvalUrl(gold)),
            };
            pages.Add(new ExtractionPage(set, id, url, html, truth));
        }
        return pages;
    }

    /// <summary>Every set present under the data root.</summary>
    public static List<ExtractionPage> LoadAll(string dataRoot, IEnumerable<string>? sets = null) =>
        (sets ?? Names).SelectMany(s => Load(dataRoot, s)).ToList();

    /// <summary>The ScrapingHub benchmark pages of <paramref name="directory"/> (its <c>ground-truth.json</c> and <c>html/*.html.gz</c>).</summary>
    public static List<ExtractionPage> LoadScrapingHub(string directory)
    {
        using var truthStream = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        using var truth = JsonDocument.Parse(truthStream);
        var pages = new List<ExtractionPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            pages.Add(new ExtractionPage(ScrapingHub, entry.Name, entry.Value.GetProperty("url").GetString(),
                reader.ReadToEnd(), entry.Value.GetProperty("articleBody").GetString() ?? ""));
        }
        return pages;
    }

    // why: some Dragnet gold files are UTF-16 with a byte-order mark and some CleanEval ones Latin-1: the mark first,
    // then strict UTF-8, then Latin-1, never a silent U+FFFD.
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
