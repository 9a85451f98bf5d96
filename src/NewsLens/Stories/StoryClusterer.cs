namespace NewsLens.Stories;

/// <summary>
/// Groups articles into stories: articles about the same event within a time window, by the words of their titles and
/// leads (tf-idf over the set being clustered), the names they share and, when given, their lead vectors. One pass in
/// publication order; each article joins the most similar open story or starts one. Each article is compared with at
/// most <see cref="StoryOptions.MaxCandidates"/> stories, so the cost grows linearly with the number of articles.
/// Thread-safe: holds no state between calls.
/// </summary>
public sealed class StoryClusterer(StoryOptions? options = null)
{
    private const int LookupTerms = 12;

    public StoryOptions Options { get; } = options ?? new StoryOptions();

    /// <summary>The stories of <paramref name="articles"/>, ordered by their first article; every article is in exactly one.</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<StoryArticle> articles)
    {
        var profiles = articles.Select((a, i) => StoryProfile.Of(a, i, Options)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in profiles) foreach (var t in p.Counts.Keys) df[t] = df.GetValueOrDefault(t) + 1;
        int n = profiles.Count;
        foreach (var p in profiles) p.Weigh(t => Math.Log((n + 1.0) / (df.GetValueOrDefault(t) + 1)) + 1, LookupTerms);

        var clusters = new List<StoryCluster>();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // why: publication order, so a story is only joined by what came after it; undated articles last, in input order
        foreach (var p in profiles.OrderBy(p => p.Date is null).ThenBy(p => p.Date).ThenBy(p => p.Index))
        {
            StoryCluster? best = null;
            double bestMargin = 0;
            foreach (var c in Candidates(p, clusters, postings))
            {
                if (!c.Within(p.Date, Options.WindowDays)) continue;
                double bar = p.Vector is not null && c.VectorCount > 0 ? Options.VectorThreshold : Options.Threshold;
                double margin = Score(p, c) - bar;
                if (margin >= 0 && (best is null || margin > bestMargin)) { best = c; bestMargin = margin; }
            }
            if (best is null)
            {
                best = new StoryCluster(clusters.Count);
                clusters.Add(best);
            }
            best.Add(p);
            foreach (var t in p.TopTerms.Concat(p.Entities))
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                if (list.Count == 0 || list[^1] != best.Id) list.Add(best.Id);
            }
        }
        return [.. clusters.Select(c => ToStory(c, articles))];
    }

    /// <summary>How alike an article and a story are, 0-1: term cosine, entities shared and vector cosine, averaged
    /// with the option weights over the parts both sides have.</summary>
    internal double Score(StoryProfile p, StoryCluster c)
    {
        double total = c.Cosine(p), weight = 1;
        double termWeight = 1 - Options.EntityWeight - Options.VectorWeight;
        total *= termWeight; weight = termWeight;
        if (c.EntityOverlap(p) is { } e) { total += Options.EntityWeight * e; weight += Options.EntityWeight; }
        if (c.VectorCosine(p) is { } v) { total += Options.VectorWeight * v; weight += Options.VectorWeight; }
        double score = weight > 0 ? total / weight : 0;
        if (p.Entities.Count >= 2 && c.Entities.Count >= 2 && !p.Entities.Any(c.Entities.ContainsKey)) score *= Options.DisjointEntityPenalty;
        return score;
    }

    private IEnumerable<StoryCluster> Candidates(StoryProfile p, List<StoryCluster> clusters, Dictionary<string, List<int>> postings)
    {
        var shared = new Dictionary<int, int>();
        foreach (var t in p.TopTerms.Concat(p.Entities))
        {
            if (!postings.TryGetValue(t, out var list)) continue;
            // why: the newest stories sit at the end of a list; older ones are outside the window soonest
            for (int i = list.Count - 1, seen = 0; i >= 0 && seen < Options.MaxCandidates * 4; i--, seen++)
                shared[list[i]] = shared.GetValueOrDefault(list[i]) + 1;
        }
        return shared.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(Options.MaxCandidates).Select(kv => clusters[kv.Key]);
    }

    private static Story ToStory(StoryCluster c, IReadOnlyList<StoryArticle> articles)
    {
        var ids = c.Members.Select(i => articles[i].Id).ToList();
        var key = c.Centroid.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(5).Select(kv => kv.Key).ToList();
        return new Story(c.Id, ids, c.First, c.Last, key);
    }
}
