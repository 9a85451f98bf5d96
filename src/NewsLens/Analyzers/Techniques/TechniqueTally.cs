namespace NewsLens.Analyzers.Techniques;

/// <summary>Number of spans labelled with one technique.</summary>
public sealed record TechniqueCount(string Technique, int Count);

/// <summary>
/// Per-article count of technique spans, one entry per technique in <see cref="TechniqueNames.All"/> order (zeros
/// included, so reports line up across articles). A list rather than a dictionary so the PTC label spellings survive
/// the report's camel-casing of dictionary keys.
/// </summary>
/// <param name="Counts">One entry per technique.</param>
/// <param name="Total">Sum of the counts.</param>
public sealed record TechniqueTally(IReadOnlyList<TechniqueCount> Counts, int Total)
{
    /// <summary>Counts the spans of <paramref name="spans"/> by technique.</summary>
    public static TechniqueTally Of(IReadOnlyList<TechniqueSpan> spans)
    {
        var counts = new int[TechniqueNames.All.Count];
        foreach (var s in spans)
        {
            int k = TechniqueNames.IndexOf(s.Technique);
            if (k >= 0) counts[k]++;
        }
        return new TechniqueTally([.. TechniqueNames.All.Select((n, k) => new TechniqueCount(n, counts[k]))], counts.Sum());
    }

    /// <summary>The count of <paramref name="technique"/> (0 when absent).</summary>
    public int this[string technique] => Counts.FirstOrDefault(c => c.Technique == technique)?.Count ?? 0;
}
