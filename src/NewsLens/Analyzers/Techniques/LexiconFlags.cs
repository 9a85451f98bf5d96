namespace NewsLens.Analyzers.Techniques;

/// <summary>Word-list memberships a <see cref="TechniqueLexicon"/> entry can carry (bit flags).</summary>
[Flags]
public enum LexiconFlags : uint
{
    None = 0,
    /// <summary>Recasens et al. 2013 bias lexicon.</summary>
    Bias = 1 << 0,
    /// <summary>BABE bias-word lexicon.</summary>
    BabeBias = 1 << 1,
    /// <summary>MPQA strongly subjective clue.</summary>
    StrongSubjective = 1 << 2,
    /// <summary>MPQA weakly subjective clue.</summary>
    WeakSubjective = 1 << 3,
    Hedge = 1 << 4,
    Booster = 1 << 5,
    Assertive = 1 << 6,
    Factive = 1 << 7,
    Implicative = 1 << 8,
    ReportVerb = 1 << 9,
    /// <summary>VADER valence ≥ 0.5.</summary>
    Positive = 1 << 10,
    /// <summary>VADER valence ≤ -0.5.</summary>
    Negative = 1 << 11,
    /// <summary>VADER |valence| ≥ 2.</summary>
    Intense = 1 << 12,
    MoralCare = 1 << 13,
    MoralFairness = 1 << 14,
    MoralLoyalty = 1 << 15,
    MoralAuthority = 1 << 16,
    MoralSanctity = 1 << 17,
    MoralVirtue = 1 << 18,
    MoralVice = 1 << 19,
}
