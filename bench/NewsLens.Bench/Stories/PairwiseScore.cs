using NewsLens.Stories;

namespace NewsLens.Bench.Stories;

/// <summary>Pairwise precision, recall and F1 of a clustering against true groups, over all pairs of items.</summary>
internal readonly record struct PairwiseScore(double P, double R, double F, int Stories)
{
    public static PairwiseScore Of(IReadOnlyList<GroupedItem> items, StoryOptions options)
    {
        var stories = new StoryClusterer(options).Cluster([.. items.Select(i => i.Article)]);
        var predicted = new Dictionary<string, int>();
        foreach (var s in stories) foreach (var id in s.ArticleIds) predicted[id] = s.Id;
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.Count; i++)
            for (int j = i + 1; j < items.Count; j++)
            {
                bool same = predicted[items[i].Article.Id] == predicted[items[j].Article.Id], gold = items[i].Group == items[j].Group;
                if (same && gold) tp++; else if (same) fp++; else if (gold) fn++;
            }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new PairwiseScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), stories.Count);
    }

    public override string ToString() => $"P {P:0.000} R {R:0.000} F1 {F:0.000} ({Stories} stories)";
}
