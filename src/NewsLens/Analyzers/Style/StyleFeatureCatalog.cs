namespace NewsLens.Analyzers.Style;

/// <summary>
/// The style features every profile has, in the fixed order of <see cref="StyleFeatureExtractor"/>'s vector,
/// and the optional ones filled from other layers. Rates are per 100 words unless the description says otherwise.
/// </summary>
public static class StyleFeatureCatalog
{
    public static readonly IReadOnlyList<StyleFeatureInfo> Core =
    [
        new("biasWordRate", "bias-inducing words (Recasens et al. 2013) per 100 words", +1),
        new("insultRate", "insults and name-calling per 100 words", +1),
        new("intensifierRate", "intensifiers (very, utterly, shocking...) per 100 words", +1),
        new("hedgeRate", "hedges (may, suggest, apparently...) per 100 words", -1),
        new("boosterRate", "boosters (clearly, certainly, obviously...) per 100 words", +1),
        new("assertiveVerbRate", "assertive and factive verbs per 100 words", 0),
        new("reportVerbRate", "reporting verbs (said, told, according...) per 100 words", -1),
        new("sentimentIntensity", "mean absolute VADER valence per word (0-4)", +1),
        new("negativeWordRate", "negative VADER words per 100 words", +1),
        new("positiveWordRate", "positive VADER words per 100 words", 0),
        new("moralCareRate", "care/harm words (MFD 2.0) per 100 words", 0),
        new("moralFairnessRate", "fairness/cheating words (MFD 2.0) per 100 words", 0),
        new("moralLoyaltyRate", "loyalty/betrayal words (MFD 2.0) per 100 words", 0),
        new("moralAuthorityRate", "authority/subversion words (MFD 2.0) per 100 words", 0),
        new("moralSanctityRate", "sanctity/degradation words (MFD 2.0) per 100 words", 0),
        new("moralViceRate", "moral-violation words of any foundation (MFD 2.0) per 100 words", +1),
        new("exclamationRate", "exclamation marks per sentence", +1),
        new("allCapsRate", "all-capital words of 3+ letters per 100 words", +1),
        new("secondPersonRate", "you/your addressed to the reader per 100 words", +1),
        new("firstPersonPluralRate", "we/us/our per 100 words", 0),
        new("questionRate", "share of sentences that are questions (0-1)", +1),
        new("quoteShare", "share of text characters inside quotation marks (0-1)", -1),
        new("numberRate", "numbers per 100 words", -1),
        new("fleschReadingEase", "Flesch reading ease (higher is easier)", 0),
        new("meanSentenceLength", "mean words per sentence", 0),
        new("meanWordLength", "mean letters per word", 0),
        new("logWordCount", "article length, log10 of words", 0),
    ];

    /// <summary>Optional features, present only when the layers they come from were computed.</summary>
    public static readonly IReadOnlyList<StyleFeatureInfo> Optional =
    [
        new("namedSourceShare", "share of attributed statements whose source is named (0-1)", -1),
        new("attributionDensity", "attributed statements per sentence", -1),
        new("claimDensity", "check-worthy claims per sentence", 0),
        new("techniqueDensity", "propaganda-technique spans per 100 words", +1),
    ];

    /// <summary>Prefix of per-technique densities (spans per 100 words), e.g. <c>technique.Loaded_Language</c>.</summary>
    public const string TechniquePrefix = "technique.";

    private static readonly Dictionary<string, StyleFeatureInfo> ByName =
        Core.Concat(Optional).ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Index of a core feature by name; -1 when not a core feature.</summary>
    public static int IndexOf(string name)
    {
        for (int i = 0; i < Core.Count; i++) if (Core[i].Name == name) return i;
        return -1;
    }

    /// <summary>The info of a core or optional feature, or of a technique density; null when unknown.</summary>
    public static StyleFeatureInfo? Find(string name)
    {
        if (ByName.TryGetValue(name, out var info)) return info;
        if (name.StartsWith(TechniquePrefix, StringComparison.Ordinal))
            return new(name, $"'{name[TechniquePrefix.Length..].Replace('_', ' ')}' technique spans per 100 words", +1);
        return null;
    }
}
