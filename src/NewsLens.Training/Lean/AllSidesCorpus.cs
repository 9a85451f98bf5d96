using System.Globalization;
using System.Text.Json;
using NewsLens.Ingest.Json;
using NewsLens.Text;

namespace NewsLens.Training.Lean;

/// <summary>
/// Reads the media-based split of <c>allsides-bias-baly2020/</c>: labels from <c>splits/media/&lt;split&gt;.tsv</c>, the
/// article from <c>jsons/&lt;ID&gt;.json</c> through <see cref="JsonArticleReader"/> (readable <c>content_original</c>,
/// else the tokenized <c>content</c> rejoined), and the outlet fields read apart. IDs listed in the split but
/// absent from <c>jsons/</c> (two thirds of train are not shipped) are counted, not read.
/// </summary>
public static class AllSidesCorpus
{
    public const string Folder = "allsides-bias-baly2020";

    /// <summary>The articles of <paramref name="split"/> (<c>train</c> or <c>valid</c>) whose JSON is present, in ID order.</summary>
    public static (List<AllSidesArticle> Articles, int Missing) Read(string dataRoot, string split, Action<string>? onBadRecord = null, CancellationToken ct = default)
    {
        var dir = Path.Combine(dataRoot, Folder);
        var labels = ReadLabels(Path.Combine(dir, "splits", "media", split + ".tsv"));
        var reader = new JsonArticleReader();
        var list = new List<AllSidesArticle>();
        int missing = 0;
        foreach (var (id, label) in labels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(dir, "jsons", id + ".json");
            if (!File.Exists(path)) { missing++; continue; }
            var item = reader.Read(path, ct).First();
            if (item.Article is not { } a) { onBadRecord?.Invoke($"{item.Location}: {item.Error}"); continue; }
            var (host, source) = OutletOf(path);
            list.Add(new AllSidesArticle(id, label, host, source, Document.Create(a.Text, a.Metadata)));
        }
        return (list, missing);
    }

    /// <summary>ID → label index of a split file (<c>ID\tbias</c> with a header).</summary>
    public static Dictionary<string, int> ReadLabels(string tsv)
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(tsv).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            labels[f[0].Trim()] = int.Parse(f[1].Trim(), CultureInfo.InvariantCulture);
        }
        return labels;
    }

    private static (string Host, string Source) OutletOf(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        string Field(string name) => doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return (Field("source_url"), Field("source"));
    }
}
