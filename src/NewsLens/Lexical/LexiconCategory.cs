namespace NewsLens.Lexical;

/// <summary>
/// Word-list memberships of a term in the <see cref="Lexicon"/>, one bit layout for every analyzer that reads it; a term
/// may be in several. <see cref="Positive"/>, <see cref="Negative"/> and <see cref="Intense"/> are derived from the
/// VADER valence when the lexicon is read.
/// </summary>
[Flags]
public enum LexiconCategory : uint
{
    None = 0,
    BiasRecasens = 1 << 0,
    Hedge = 1 << 1,
    Booster = 1 << 2,
    Assertive = 1 << 3,
    Factive = 1 << 4,
    Implicative = 1 << 5,
    Report = 1 << 6,
    Insult = 1 << 7,
    Intensifier = 1 << 8,
    CareVirtue = 1 << 9,
    CareVice = 1 << 10,
    FairnessVirtue = 1 << 11,
    FairnessVice = 1 << 12,
    LoyaltyVirtue = 1 << 13,
    LoyaltyVice = 1 << 14,
    AuthorityVirtue = 1 << 15,
    AuthorityVice = 1 << 16,
    SanctityVirtue = 1 << 17,
    SanctityVice = 1 << 18,
    /// <summary>Has a VADER valence.</summary>
    Sentiment = 1 << 19,
    /// <summary>VADER valence at least 0.5.</summary>
    Positive = 1 << 20,
    /// <summary>VADER valence at most -0.5.</summary>
    Negative = 1 << 21,
    /// <summary>VADER |valence| at least 2.</summary>
    Intense = 1 << 22,

    /// <summary>Every moral-foundation bit.</summary>
    Moral = CareVirtue | CareVice | FairnessVirtue | FairnessVice | LoyaltyVirtue | LoyaltyVice | AuthorityVirtue | AuthorityVice
        | SanctityVirtue | SanctityVice,
}
