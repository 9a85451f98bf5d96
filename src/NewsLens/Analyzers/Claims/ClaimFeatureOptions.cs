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

    /// <summary>Records the options as scalars of a model file.</summary>
    internal void WriteTo(Models.ModelContent m)
    {
        m.Scalars["features.bits"] = Bits;
        m.Scalars["features.affixes"] = Affixes ? 1 : 0;
        m.Scalars["features.context"] = Context ? 1 : 0;
        m.Scalars["features.domainCopies"] = DomainCopies ? 1 : 0;
    }

    /// <summary>The options a model file records.</summary>
    internal static ClaimFeatureOptions ReadFrom(Models.ModelContent m) => new()
    {
        Bits = (int)m.Scalar("features.bits"),
        Affixes = m.Scalar("features.affixes") != 0,
        Context = m.Scalar("features.context") != 0,
        DomainCopies = m.Scalar("features.domainCopies") != 0,
    };
}
