using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Claims;

/// <summary>Pipeline hook for the claim scorer.</summary>
public static class ClaimsPipelineExtensions
{
    /// <summary>
    /// Adds the quantity extractor (when absent) and the <see cref="ClaimScorer"/> with <c>claims.bin</c> from
    /// <paramref name="models"/>. Add it after the attributions analyzer so claims pick up attributions.
    /// </summary>
    /// <exception cref="FileNotFoundException">when the model file is missing.</exception>
    public static PipelineBuilder UseClaims(this PipelineBuilder builder, ModelDirectory models)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseQuantities();
        return builder.Add(ClaimScorer.Load(models));
    }
}
