namespace NewsLens.Analyzers.Attributions;

/// <summary>What a <see cref="Quotation"/> is used for.</summary>
public enum QuotationKind
{
    /// <summary>Words quoted from someone (or not yet known to be anything else).</summary>
    Quotation,
    /// <summary>Scare quotes: a few words (1-4, no sentence) in quote marks with no speaker and no cue, setting a phrase apart
    /// ("the so-called “reform”") rather than reporting what someone said.</summary>
    Scare,
}
