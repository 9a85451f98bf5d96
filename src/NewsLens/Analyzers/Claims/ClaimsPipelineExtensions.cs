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
    /// <param name="builder">the pipeline being built.</param>
    /// <param name="models">where the model files are.</param>
    /// <param name="useEncoder">also load <c>claims.encoder.bin</c> (the accurate pipeline), which reads the encoder's sentence vectors.</param>
    /// <exception cref="FileNotFoundException">when a model file is missing.</exception>
    public static PipelineBuilder UseClaims(this PipelineBuilder builder, ModelDirectory models, bool useEncoder = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseQuantities();
        return builder.Add(ClaimScorer.Load(models, useEncoder));
    }
}
