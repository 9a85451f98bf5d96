namespace NewsLens.Training.Terms;

/// <summary>
/// The terms a linear text model keeps, learned from its training articles only: a term must occur in at least
/// <c>minDocuments</c> articles written by at least <c>minOutlets</c> distinct outlets (drops bylines, outlet
/// boilerplate and outlet names that escaped the mask). Terms sorted ordinally, with their idf
/// <c>ln((n + 1) / (df + 1)) + 1</c> and mean count per training article.
/// </summary>
internal sealed record Vocabulary(string[] Terms, float[] Idf, float[] MeanCount)
{
    public static Vocabulary Build(IReadOnlyList<string> outlets, IReadOnlyList<Dictionary<string, int>> counts, IReadOnlyList<int> train, int minOutlets, int minDocuments)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        var outletSets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (int i in train)
            foreach (var (term, c) in counts[i])
            {
                df[term] = df.GetValueOrDefault(term) + 1;
                total[term] = total.GetValueOrDefault(term) + c;
                if (!outletSets.TryGetValue(term, out var set)) outletSets[term] = set = new HashSet<string>(StringComparer.Ordinal);
                if (set.Count < minOutlets) set.Add(outlets[i]);
            }
        var terms = df.Where(kv => kv.Value >= minDocuments && outletSets[kv.Key].Count >= minOutlets)
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        int n = train.Count;
        var idf = terms.Select(t => (float)(Math.Log((n + 1.0) / (df[t] + 1.0)) + 1)).ToArray();
        var mean = terms.Select(t => (float)(total[t] / (double)n)).ToArray();
        return new Vocabulary(terms, idf, mean);
    }

    /// <summary>Term → index.</summary>
    public Dictionary<string, int> Index()
    {
        var index = new Dictionary<string, int>(Terms.Length, StringComparer.Ordinal);
        for (int j = 0; j < Terms.Length; j++) index[Terms[j]] = j;
        return index;
    }
}
