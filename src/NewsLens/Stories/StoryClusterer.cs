namespace NewsLens.Stories;

/// <summary>
/// Groups articles into stories: articles about the same event within a time window, by the words of their titles and
/// leads (tf-idf over the set being clustered), the names they share and, when given, their lead vectors. One pass in
/// publication order; each article joins the most similar open story or starts one. Each article is compared with at
/// most <see cref="StoryOptions.MaxCandidates"/> stories, so the cost grows linearly with the number of articles.
/// Thread-safe: holds no state between calls.
/// </summary>
public sealed class StoryClusterer(StoryOptions? options = null, StoryFrequencies? background = null)
{
    private const int LookupTerms = 12;

    public StoryOptions Options { get; } = options ?? new StoryOptions();

    /// <summary>Word and name counts over unlabeled news, added to the clustered set's own (default: the compiled ones).</summary>
    public StoryFrequencies Background { get; } = background ?? StoryFrequencies.Default;

    /// <summary>The stories of <paramref name="articles"/>, ordered by their first article; every article is in exactly one.</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<StoryArticle> articles)
    {
        var profiles = articles.Select((a, i) => StoryProfile.Of(a, i, Options)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in profiles) foreach (var t in p.Counts.Keys) df[t] = df.GetValueOrDefault(t) + 1;
        var bg = Background;
        double n = profiles.Count + bg.Documents;
        foreach (var p in profiles) p.Weigh(t => Math.Log((n + 1.0) / (df.GetValueOrDefault(t) + Known(bg, t) + 1)) + 1, LookupTerms);

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
            foreach (var t in p.TopTerms)
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                if (list.Count == 0 || list[^1] != best.Id) list.Add(best.Id);
            }
        }
        return [.. clusters.Select(c => ToStory(c, articles))];
    }

    private static int Known(StoryFrequencies bg, string term) =>
        term.StartsWith(StoryProfile.EntityPrefix, StringComparison.Ordinal) ? bg.Entity(term[StoryProfile.EntityPrefix.Length..]) : bg.Term(term);

    /// <summary>How alike an article and a story are, 0-1: the cosine of their words and names, averaged with the mean
    /// cosine of their vectors when both have them; cut when both name two or more entities and share none.</summary>
    internal double Score(StoryProfile p, StoryCluster c)
    {
        double score = c.Cosine(p);
        if (c.VectorCosine(p) is { } v) score = (1 - Options.VectorWeight) * score + Options.VectorWeight * v;
        if (p.Entities.Count >= 2 && c.Entities.Count >= 2 && !p.Entities.Any(c.Entities.ContainsKey)) score *= Options.DisjointEntityPenalty;
        return score;
    }

    private IEnumerable<StoryCluster> Candidates(StoryProfile p, List<StoryCluster> clusters, Dictionary<string, List<int>> postings)
    {
        var shared = new Dictionary<int, int>();
        foreach (var t in p.TopTerms)
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
