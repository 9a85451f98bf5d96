namespace NewsLens.Analyzers.Discrepancies;

/// <summary>Thresholds of <see cref="DiscrepancyFinder"/>. Immutable; the defaults are the ones the spec scores were measured with.</summary>
public sealed record DiscrepancyOptions
{
    /// <summary>Least alignment score for an article sentence to be compared with a source sentence, in [0, 1].</summary>
    public double MinAlignment { get; init; } = 0.4;

    /// <summary>Largest relative gap between two exact figures that still reads as rounding (0.15 = 15 %).</summary>
    public double RoundingTolerance { get; init; } = 0.15;

    /// <summary>Use encoder sentence vectors in the alignment when both documents carry them.</summary>
    public bool UseVectors { get; init; } = true;
}
