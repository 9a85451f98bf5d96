namespace NewsLens.Stories;

/// <summary>An article as story clustering sees it: weighted terms (unit length once <see cref="Weigh"/> ran), entities,
/// date and vector.</summary>
internal sealed class StoryProfile
{
    public const string EntityPrefix = "@";

    public required int Index { get; init; }
    public required Dictionary<string, double> Counts { get; init; }
    public required HashSet<string> Entities { get; init; }
    public DateTimeOffset? Date { get; init; }
    public float[]? Vector { get; init; }
    public Dictionary<string, double> Weights { get; private set; } = [];
    public string[] TopTerms { get; private set; } = [];

    public static StoryProfile Of(StoryArticle article, int index, StoryOptions options)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in StoryTerms.Words(article.Title, 40)) Add(counts, w, options.TitleWeight);
        var words = StoryTerms.Words(article.Text, options.LeadWords + options.BodyWords);
        for (int i = 0; i < words.Count; i++) Add(counts, words[i], i < options.LeadWords ? 1 : 0.5);
        var names = StoryTerms.Entities(article.Text, options.LeadWords + options.BodyWords);
        // why: names weigh as terms of their own ("@kellan harbour bridge"), so a shared rare name raises the cosine
        // without being able to carry a match alone
        foreach (var e in names) Add(counts, EntityPrefix + e, options.EntityWeight);
        var entities = new HashSet<string>(names, StringComparer.Ordinal);
        return new StoryProfile { Index = index, Counts = counts, Entities = entities, Date = article.Published, Vector = article.Vector };
    }

    private static void Add(Dictionary<string, double> counts, string term, double weight) =>
        counts[term] = counts.GetValueOrDefault(term) + weight;

    /// <summary>Turns counts into unit-length ln(1 + tf) * idf weights and keeps the strongest terms for lookup.</summary>
    public void Weigh(Func<string, double> idf, int topTerms)
    {
        var weights = new Dictionary<string, double>(Counts.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var (term, tf) in Counts)
        {
            double w = Math.Log(1 + tf) * idf(term);
            if (w <= 0) continue;
            weights[term] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0) foreach (var key in weights.Keys.ToList()) weights[key] /= norm;
        Weights = weights;
        TopTerms = [.. weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(topTerms).Select(kv => kv.Key)];
    }
}
