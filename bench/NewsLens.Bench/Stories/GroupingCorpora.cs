using System.Text;
using System.Text.Json;
using NewsLens.Stories;

namespace NewsLens.Bench.Stories;

/// <summary>Readers for the public groupings story clustering is scored on.</summary>
internal static class GroupingCorpora
{
    /// <summary>BASIL: 100 events, each told by Fox News, the New York Times and HuffPost (300 articles, 2010-2019).
    /// Group = the triplet; outlet = its source; date, title and body as given.</summary>
    public static List<GroupedItem> Basil(string dataRoot, Func<int, bool> year)
    {
        var items = new List<GroupedItem>();
        var dir = Path.Combine(dataRoot, "basil-media-bias", "articles");
        foreach (var yearDir in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            if (!int.TryParse(Path.GetFileName(yearDir), out var y) || !year(y)) continue;
            foreach (var file in Directory.GetFiles(yearDir, "*.json").Order(StringComparer.Ordinal))
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
                var r = doc.RootElement;
                var body = new StringBuilder();
                Flatten(r.GetProperty("body-paragraphs"), body);
                DateTimeOffset? date = DateTimeOffset.TryParse(r.GetProperty("date").GetString(), out var d) ? d : null;
                var article = new StoryArticle(Path.GetFileNameWithoutExtension(file), r.GetProperty("title").GetString(), body.ToString(), date, r.GetProperty("source").GetString());
                items.Add(new GroupedItem(article, r.GetProperty("triplet-uuid").GetString()!));
            }
        }
        return items;
    }

    private static void Flatten(JsonElement e, StringBuilder into)
    {
        if (e.ValueKind == JsonValueKind.String) { into.Append(e.GetString()).Append(' '); return; }
        if (e.ValueKind != JsonValueKind.Array) return;
        foreach (var x in e.EnumerateArray()) Flatten(x, into);
        into.Append('\n');
    }

    /// <summary>CheckThat! 2020 Task 2 tweets, grouped by the verified claim each retells (first qrel); no dates.</summary>
    public static List<GroupedItem> ClaimTweets(string dataRoot, string split)
    {
        var dir = Path.Combine(dataRoot, "checkthat2020-task2-claim-retrieval-en", split);
        var claims = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "tweet-vclaim-pairs.qrels")))
        {
            var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 3) claims.TryAdd(f[0], f[2]);
        }
        var items = new List<GroupedItem>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "tweets.queries.tsv")))
        {
            var f = line.Split('\t', 2);
            if (f.Length == 2 && claims.TryGetValue(f[0], out var c)) items.Add(new GroupedItem(new StoryArticle(f[0], null, f[1]), c));
        }
        return items;
    }

    /// <summary>The same items with every date removed: clustering by content alone, no time window to help.</summary>
    public static List<GroupedItem> Undated(List<GroupedItem> items) =>
        [.. items.Select(i => i with { Article = i.Article with { Published = null } })];
}
