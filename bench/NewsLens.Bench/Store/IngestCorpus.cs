using System.Text.Json;

namespace NewsLens.Bench.Store;

/// <summary>
/// A JSON Lines batch of ~500-word news articles for ingest runs: AllSides articles from ../shared/data (sorted by id),
/// each cut after the paragraph that brings it to 450 words or more; shorter articles are left out. Written to a temp
/// folder, never into the repository.
/// </summary>
internal static class IngestCorpus
{
    public static (string Path, double MeanWords) Write(string dataRoot, int count, string dir)
    {
        var path = System.IO.Path.Combine(dir, $"allsides-{count}.jsonl");
        long words = 0;
        int n = 0;
        using var w = new StreamWriter(path);
        foreach (var f in Directory.EnumerateFiles(System.IO.Path.Combine(dataRoot, "allsides-bias-baly2020", "jsons"), "*.json").Order(StringComparer.Ordinal))
        {
            if (n >= count) break;
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            var r = doc.RootElement;
            var kept = new List<string>();
            int wc = 0;
            foreach (var para in (r.GetProperty("content_original").GetString() ?? "").Split("\n\n"))
            {
                if (wc >= 450) break;
                kept.Add(para);
                wc += para.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
            if (wc < 450) continue;
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = r.GetProperty("ID").GetString(),
                title = r.GetProperty("title").GetString(),
                url = r.GetProperty("url").GetString(),
                date = r.GetProperty("date").GetString(),
                source = r.GetProperty("source").GetString(),
                text = string.Join("\n\n", kept),
            }));
            words += wc;
            n++;
        }
        return (path, n == 0 ? 0 : words / (double)n);
    }
}
