namespace NewsLens.FactChecks;

/// <summary>
/// Ranking measures as the CheckThat! 2020 Task 2 scorer computes them: AP@k sums precision at each relevant claim
/// within the first k and divides by the number of relevant claims; RR is 1 / the rank of the first relevant claim
/// anywhere in the list (0 when none is listed). Means are over queries that have relevant claims.
/// </summary>
public static class RetrievalMetrics
{
    public static double AveragePrecisionAt(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0) return 0;
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
            if (relevant.Contains(ranked[i])) sum += (double)++found / (i + 1);
        return sum / relevant.Count;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        for (int i = 0; i < ranked.Count; i++)
            if (relevant.Contains(ranked[i])) return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>MAP@1, @3, @5, @10 and MRR of <paramref name="runs"/> (query id → ranked claim ids) against <paramref name="qrels"/>.</summary>
    public static RetrievalScores Score(IReadOnlyDictionary<string, IReadOnlyList<string>> runs, IReadOnlyDictionary<string, HashSet<string>> qrels)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(qrels);
        var queries = qrels.Where(q => q.Value.Count > 0).ToArray();
        if (queries.Length == 0) return new RetrievalScores(0, 0, 0, 0, 0, 0);
        double Mean(Func<IReadOnlyList<string>, HashSet<string>, double> f) =>
            queries.Average(q => f(runs.TryGetValue(q.Key, out var r) ? r : [], q.Value));
        return new RetrievalScores(
            Mean((r, g) => AveragePrecisionAt(r, g, 1)), Mean((r, g) => AveragePrecisionAt(r, g, 3)),
            Mean((r, g) => AveragePrecisionAt(r, g, 5)), Mean((r, g) => AveragePrecisionAt(r, g, 10)),
            Mean(ReciprocalRank), queries.Length);
    }
}

/// <summary>Mean ranking measures over <paramref name="Queries"/> queries.</summary>
public sealed record RetrievalScores(double Map1, double Map3, double Map5, double Map10, double Mrr, int Queries)
{
    public override string ToString() => FormattableString.Invariant(
        $"MAP@1 {Map1:0.0000}  MAP@3 {Map3:0.0000}  MAP@5 {Map5:0.0000}  MAP@10 {Map10:0.0000}  MRR {Mrr:0.0000}  ({Queries} queries)");
}
