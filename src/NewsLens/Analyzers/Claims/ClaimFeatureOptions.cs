using System.Globalization;

namespace NewsLens.Analyzers.Claims;

/// <summary>Feature settings; saved in the model file, since a model only works with the features it was trained on.</summary>
public sealed record ClaimFeatureOptions
{
    /// <summary>Hash space is 2^Bits weights (4 bytes each in the model file).</summary>
    public int Bits { get; init; } = 20;
    /// <summary>Add 3-character prefixes and suffixes of words (morphology: "-ed", "-est", "un-").</summary>
    public bool Affixes { get; init; } = true;
    /// <summary>Add the words of the previous and next unit (transcripts and articles), at reduced weight.</summary>
    public bool Context { get; init; } = true;
    /// <summary>Add a domain-specific copy of every feature beside the shared one ("frustratingly easy" domain adaptation).</summary>
    public bool DomainCopies { get; init; } = true;

    public Dictionary<string, string> ToHeader() => new()
    {
        ["features.bits"] = Bits.ToString(CultureInfo.InvariantCulture),
        ["features.affixes"] = Affixes ? "1" : "0",
        ["features.context"] = Context ? "1" : "0",
        ["features.domainCopies"] = DomainCopies ? "1" : "0",
    };

    public static ClaimFeatureOptions FromHeader(IReadOnlyDictionary<string, string> h) => new()
    {
        Bits = int.Parse(h["features.bits"], CultureInfo.InvariantCulture),
        Affixes = h["features.affixes"] == "1",
        Context = h["features.context"] == "1",
        DomainCopies = h["features.domainCopies"] == "1",
    };
}
