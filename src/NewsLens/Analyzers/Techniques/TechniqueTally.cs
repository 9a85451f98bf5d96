namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Per-article count of technique spans, one entry per technique in <see cref="TechniqueNames.All"/> order
/// (zeros included, so reports line up across articles).
/// </summary>
/// <param name="Counts">Technique name to number of spans labelled with it.</param>
/// <param name="Total">Sum of <paramref name="Counts"/>.</param>
public sealed record TechniqueTally(IReadOnlyDictionary<string, int> Counts, int Total)
{
    /// <summary>Counts the spans of <paramref name="spans"/> by technique.</summary>
    public static TechniqueTally Of(IReadOnlyList<TechniqueSpan> spans)
    {
        var counts = new Dictionary<string, int>(TechniqueNames.All.Count);
        foreach (var name in TechniqueNames.All) counts[name] = 0;
        foreach (var s in spans)
            if (counts.TryGetValue(s.Technique, out int c)) counts[s.Technique] = c + 1;
        return new TechniqueTally(counts, spans.Count);
    }
}
