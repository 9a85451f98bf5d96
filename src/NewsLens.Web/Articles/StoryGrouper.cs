namespace NewsLens.Web.Articles;

/// <summary>
/// Groups articles about the same story: two articles join when the distinctive words of their titles and leads
/// overlap enough (Jaccard at least <see cref="MinSimilarity"/>), transitively. A stand-in for the corpus store's
/// story clustering; deterministic for the same articles in the same order.
/// </summary>
public static class StoryGrouper
{
    public const double MinSimilarity = 0.2;
    private const int LeadWords = 60;

    public static IReadOnlyList<IReadOnlyList<StoredArticle>> Group(IReadOnlyList<StoredArticle> articles)
    {
        var words = articles.Select(Words).ToList();
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (int i = 0; i < articles.Count; i++)
            for (int j = i + 1; j < articles.Count; j++)
                if (Jaccard(words[i], words[j]) >= MinSimilarity) parent[Find(j)] = Find(i);
        return [.. Enumerable.Range(0, articles.Count).GroupBy(Find).Select(g => (IReadOnlyList<StoredArticle>)[.. g.Select(i => articles[i])])];
    }

    // why: words of five letters or more stand for names and topics; short words are mostly function words
    internal static HashSet<string> Words(StoredArticle a)
    {
        var text = a.Title + " " + string.Join(' ', a.Result.Document.Text.Split((char[]?)null, LeadWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(LeadWords));
        return [.. NonWord.Split(text).Where(w => w.Length >= 5).Select(w => w.ToLowerInvariant())];
    }

    private static readonly System.Text.RegularExpressions.Regex NonWord = new(@"[^\p{L}\p{N}]+", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int both = a.Count(b.Contains);
        return (double)both / (a.Count + b.Count - both);
    }
}
