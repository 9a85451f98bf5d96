namespace NewsLens.Training.Lean;

/// <summary>
/// Keeps the terms whose use varies with the label <em>across outlets</em> rather than within one: for each term, the
/// share of each training outlet's articles that use it, then a one-way F statistic of those outlet shares by the
/// outlet's majority label (between-label variance over within-label variance, outlets as the samples). A term one
/// large outlet uses a lot, but the other outlets of its label do not, scores low. Learned on training outlets only.
/// </summary>
internal static class OutletLevelSelection
{
    /// <summary>Indices into <paramref name="terms"/> of the <paramref name="keep"/> terms with the highest F (ties: lower index), sorted.</summary>
    public static int[] Select(string[] terms, IReadOnlyList<Dictionary<string, int>> counts, string[] hosts, int[] labels, int[] train, int classes, int keep, int minArticles = 5)
    {
        if (keep <= 0 || keep >= terms.Length) return [.. Enumerable.Range(0, terms.Length)];
        var outlets = train.GroupBy(i => hosts[i]).Where(g => g.Count() >= minArticles)
            .Select(g => (Articles: g.ToArray(), Label: g.GroupBy(i => labels[i]).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key))
            .OrderBy(o => hosts[o.Articles[0]], StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int j = 0; j < terms.Length; j++) index[terms[j]] = j;
        int m = outlets.Length;
        var share = new float[m][];
        for (int o = 0; o < m; o++)
        {
            var s = share[o] = new float[terms.Length];
            foreach (int i in outlets[o].Articles)
                foreach (var term in counts[i].Keys)
                    if (index.TryGetValue(term, out int j)) s[j]++;
            float inv = 1f / outlets[o].Articles.Length;
            for (int j = 0; j < s.Length; j++) s[j] *= inv;
        }
        var perClass = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, m).Where(o => outlets[o].Label == c).ToArray()).ToArray();
        int groups = perClass.Count(p => p.Length > 0);
        var f = new double[terms.Length];
        for (int j = 0; j < terms.Length; j++)
        {
            double grand = 0;
            for (int o = 0; o < m; o++) grand += share[o][j];
            grand /= m;
            double between = 0, within = 0;
            foreach (var members in perClass)
            {
                if (members.Length == 0) continue;
                double mean = members.Average(o => (double)share[o][j]);
                between += members.Length * (mean - grand) * (mean - grand);
                foreach (int o in members) within += (share[o][j] - mean) * (share[o][j] - mean);
            }
            between /= Math.Max(1, groups - 1);
            within /= Math.Max(1, m - groups);
            f[j] = between / (within + 1e-5); // why: a floor, so terms almost no outlet uses do not win on a zero variance
        }
        return [.. Enumerable.Range(0, terms.Length).OrderByDescending(j => f[j]).ThenBy(j => j).Take(keep).Order()];
    }
}
