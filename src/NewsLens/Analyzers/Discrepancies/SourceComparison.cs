namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// What <see cref="DiscrepancyFinder"/> found between an article and one source: the sentence alignments it compared
/// and the discrepancies, in article order. Empty discrepancies mean a faithful retelling (as far as the rules see).
/// </summary>
/// <param name="Alignments">Aligned sentence pairs, in article order.</param>
/// <param name="Discrepancies">Every flag, in article order.</param>
/// <param name="UsedVectors">True when the alignment used encoder sentence vectors (both documents had them).</param>
public sealed record SourceComparison(IReadOnlyList<SentenceAlignment> Alignments, IReadOnlyList<Discrepancy> Discrepancies, bool UsedVectors);
