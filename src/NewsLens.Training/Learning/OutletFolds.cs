namespace NewsLens.Training.Learning;

/// <summary>Cross-validation folds that keep each outlet's articles together, so no outlet is in two folds.</summary>
internal static class OutletFolds
{
    /// <summary>Outlets, largest first (ties: ordinal name), each to the fold with the fewest articles so far (ties: lowest fold).</summary>
    public static int[] Grouped(IReadOnlyList<string> outlets, int k)
    {
        var foldOf = new int[outlets.Count];
        var sizes = new int[k];
        foreach (var g in outlets.Select((o, i) => (o, i)).GroupBy(x => x.o).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            int f = Array.IndexOf(sizes, sizes.Min());
            foreach (var (_, i) in g) foldOf[i] = f;
            sizes[f] += g.Count();
        }
        return foldOf;
    }
}
