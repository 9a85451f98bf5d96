using System.Text;
using System.Text.Json;
using NewsLens.Store;

namespace NewsLens.Bench.Store;

/// <summary>
/// Synthetic stored articles for search runs: words drawn from the unigram distribution of AllSides article texts
/// (../shared/data), sentences of 12-28 words, with random outlets (50), dates (2016-2020), leans, verdicts, techniques
/// and speakers, so every filter has something to narrow. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticCorpus
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    /// <summary>Words by corpus frequency, most frequent first, with their probability.</summary>
    public IReadOnlyList<(string Word, double P)> Vocabulary { get; }

    public SyntheticCorpus(string dataRoot, int articles = 3000)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(Path.Combine(dataRoot, "allsides-bias-baly2020", "jsons"), "*.json").Order(StringComparer.Ordinal).Take(articles))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            foreach (var w in (doc.RootElement.GetProperty("content").GetString() ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                if (w.Any(char.IsLetter)) counts[w.ToLowerInvariant()] = counts.GetValueOrDefault(w.ToLowerInvariant()) + 1;
        }
        var sorted = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        double total = sorted.Sum(kv => kv.Value);
        _words = [.. sorted.Select(kv => kv.Key)];
        _cumulative = new double[_words.Length];
        double acc = 0;
        for (int i = 0; i < _words.Length; i++) { acc += sorted[i].Value / total; _cumulative[i] = acc; }
        Vocabulary = [.. sorted.Select(kv => (kv.Key, kv.Value / total))];
    }

    private string Word(Random r)
    {
        int i = Array.BinarySearch(_cumulative, r.NextDouble());
        return _words[Math.Min(_words.Length - 1, i < 0 ? ~i : i)];
    }

    public static readonly string[] Techniques = ["Loaded_Language", "Name_Calling,Labeling", "Doubt", "Exaggeration,Minimisation", "Appeal_to_fear-prejudice", "Flag-Waving"];

    public StoredArticle Article(long n, int words, Random r)
    {
        var sb = new StringBuilder(words * 7);
        int left = words;
        while (left > 0)
        {
            int len = Math.Min(left, r.Next(12, 29));
            for (int i = 0; i < len; i++)
            {
                var w = Word(r);
                sb.Append(i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w).Append(i == len - 1 ? ". " : " ");
            }
            left -= len;
            if (r.Next(5) == 0) sb.Append("\n\n");
        }
        string text = sb.ToString().TrimEnd();
        string title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Word(r)));
        string url = $"https://outlet{n % 50}.example/{n}";
        var techniques = Techniques.Where(_ => r.Next(6) == 0).ToArray();
        return new StoredArticle
        {
            RecordKey = $"synthetic#{n}",
            Pipeline = "fast",
            SourceId = $"s{n}",
            Title = title,
            Outlet = $"Outlet {n % 50}",
            Published = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(r.Next(0, 5 * 365 * 24 * 60)),
            Url = url,
            UrlKey = DedupKeys.CanonicalUrl(url),
            TextHash = DedupKeys.TextHash(text),
            Text = text,
            ReportShell = "{\"schemaVersion\":\"1.3\",\"id\":\"s" + n + "\",\"metadata\":{},\"text\":\"\",\"layers\":{}}",
            Layers = [],
            Facets = new ArticleFacets(r.NextDouble(), ((string[])["left", "center", "right"])[r.Next(3)], r.Next(4), techniques, [$"speaker {r.Next(5000)}"]),
        };
    }
}
