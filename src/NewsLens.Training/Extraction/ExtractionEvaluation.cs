namespace NewsLens.Training.Extraction;

/// <summary>Shingle F1 per set of a block choice over samples, the way the benchmark scores the extractor's text.</summary>
internal static class ExtractionEvaluation
{
    public static Dictionary<string, ShingleScorer.Score> PerSet(IReadOnlyList<BlockSample> samples, Func<BlockSample, List<int>> choose)
    {
        var counts = new ShingleScorer.PageCounts[samples.Count];
        Parallel.For(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => counts[i] = ShingleScorer.Compare(samples[i].TruthShingles, samples[i].TextOf(choose(samples[i]))));
        return samples.Select((s, i) => (s.Page.Set, Counts: counts[i]))
            .GroupBy(x => x.Set)
            .ToDictionary(g => g.Key, g => ShingleScorer.Aggregate(g.Select(x => x.Counts).ToList()));
    }

    /// <summary>CleanEval's two parts come from one crawl: they are one group when a set is held out.</summary>
    public static string GroupOf(string set) => set.StartsWith("cleaneval-", StringComparison.Ordinal) ? "cleaneval" : set;
}
