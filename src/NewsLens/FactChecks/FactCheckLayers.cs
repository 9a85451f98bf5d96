using NewsLens.Text;

namespace NewsLens.FactChecks;

/// <summary>The layer the fact-check linker writes.</summary>
public static class FactCheckLayers
{
    /// <summary>One <see cref="ClaimFactChecks"/> per check-worthy claim that has a match, in text order.</summary>
    public static readonly LayerKey<ClaimFactChecks> FactChecks = new("factChecks");
}
