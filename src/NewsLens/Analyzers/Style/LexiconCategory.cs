namespace NewsLens.Analyzers.Style;

/// <summary>Word-list memberships of a term in the <see cref="StyleLexicon"/>; a term may be in several.</summary>
[Flags]
public enum LexiconCategory : uint
{
    None = 0,
    SubjectiveStrong = 1 << 0,
    SubjectiveWeak = 1 << 1,
    BiasRecasens = 1 << 2,
    BiasBabe = 1 << 3,
    Hedge = 1 << 4,
    Booster = 1 << 5,
    Assertive = 1 << 6,
    Factive = 1 << 7,
    Report = 1 << 8,
    Insult = 1 << 9,
    Intensifier = 1 << 10,
    CareVirtue = 1 << 11,
    CareVice = 1 << 12,
    FairnessVirtue = 1 << 13,
    FairnessVice = 1 << 14,
    LoyaltyVirtue = 1 << 15,
    LoyaltyVice = 1 << 16,
    AuthorityVirtue = 1 << 17,
    AuthorityVice = 1 << 18,
    SanctityVirtue = 1 << 19,
    SanctityVice = 1 << 20,
    Sentiment = 1 << 21,
}
