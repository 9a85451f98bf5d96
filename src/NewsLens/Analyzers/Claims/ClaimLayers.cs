using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>The layer the claim scorer writes.</summary>
public static class ClaimLayers
{
    /// <summary>One <see cref="Claim"/> per sentence, in text order (sort by <see cref="Claim.Rank"/> to rank them).</summary>
    public static readonly LayerKey<Claim> Claims = new("claims");
}
