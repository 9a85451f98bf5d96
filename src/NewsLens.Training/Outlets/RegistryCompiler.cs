using System.Text.Json;
using NewsLens.Analyzers.Outlets;

namespace NewsLens.Training.Outlets;

/// <summary>
/// Compiles the outlet registry from the MBFC extension dump (<c>sources.json</c>) and the Baly et al. corpora
/// (<c>emnlp18/corpus.tsv</c>, <c>acl2020/corpus.tsv</c>), merged by normalised domain. MBFC gives names and its
/// ratings; Baly adds its own factuality and bias labels (ACL 2020's 3-class bias only where EMNLP 2018 has none).
/// Deterministic for the same inputs.
/// </summary>
public static class RegistryCompiler
{
    public static OutletRegistry Compile(string mbfcDir, string balyDir, Action<string>? log = null)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        using (var fs = File.OpenRead(Path.Combine(mbfcDir, "sources.json")))
        using (var json = JsonDocument.Parse(fs))
        {
            foreach (var e in json.RootElement.EnumerateArray())
            {
                string? host = OutletRegistry.HostOf(Str(e, "domain"));
                if (host is null) continue;
                if (entries.ContainsKey(host)) continue;
                entries[host] = new Entry
                {
                    Domain = host, Name = Str(e, "name"), Factuality = Str(e, "reporting"), Bias = Str(e, "bias"),
                    Credibility = Str(e, "credibility"), ReviewUrl = Str(e, "url"), Provenance = ["mbfc-ext-2026-08-19"], Reasons = Reasons(e),
                };
            }
        }
        log?.Invoke($"mbfc: {entries.Count} domains");
        foreach (var (set, label) in new[] { ("emnlp18", "baly-emnlp18"), ("acl2020", "baly-acl2020") })
        {
            string path = Path.Combine(balyDir, set, "corpus.tsv");
            if (!File.Exists(path)) { log?.Invoke($"missing {path}"); continue; }
            int n = 0;
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var c = line.Split('\t');
                if (c.Length < 5) continue;
                string? host = OutletRegistry.HostOf(c[1]) ?? OutletRegistry.HostOf(c[0]);
                if (host is null) continue;
                if (!entries.TryGetValue(host, out var en))
                    entries[host] = en = new Entry { Domain = host, Name = "", ReviewUrl = c[2], Provenance = [] };
                if (en.BalyFactuality.Length == 0) en.BalyFactuality = c[3];
                if (en.BalyBias.Length == 0) en.BalyBias = c[4];
                if (!en.Provenance.Contains(label)) en.Provenance.Add(label);
                n++;
            }
            log?.Invoke($"{label}: {n} rows");
        }
        return new OutletRegistry(entries.Values.Select(e => new OutletRecord(e.Domain, e.Name, e.Factuality, e.Bias, e.Credibility,
            e.BalyFactuality, e.BalyBias, string.Join(';', e.Provenance), e.ReviewUrl, e.Reasons)), Notice);
    }

    /// <summary>Whose ratings the compiled registry holds and under what terms (written at the top of the file).</summary>
    public const string Notice = """
        Ratings by Media Bias/Fact Check (mediabiasfactcheck.com; provenance mbfc-ext-2026-08-19, from the drmikecrowe/mbfcext dump).
        They are MBFC's editorial judgements: MBFC asks for attribution (each entry keeps its review URL) and its redistribution terms are unclear.
        baly_* columns: labels released by Baly et al. (EMNLP 2018, ACL 2020; ramybaly/News-Media-Reliability, licence unstated), themselves taken from MBFC.
        Third-party judgements about outlets, reported apart from anything NewsLens computes from an article's text. Use --registry FILE for your own ratings.
        """;

    // MBFC's reasons for a questionable rating ("questionable": ["propaganda", "failed-fact-checks"]), in its order.
    private static string Reasons(JsonElement e) =>
        e.TryGetProperty("questionable", out var q) && q.ValueKind == JsonValueKind.Array
            ? string.Join(';', q.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0))
            : "";

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

    private sealed class Entry
    {
        public string Domain = "", Name = "", Factuality = "", Bias = "", Credibility = "", ReviewUrl = "", Reasons = "";
        public string BalyFactuality = "", BalyBias = "";
        public List<string> Provenance = [];
    }
}
