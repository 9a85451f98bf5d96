using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Quantities;

/// <summary>Pipeline hook for the quantity extractor.</summary>
public static class QuantityPipelineExtensions
{
    /// <summary>Adds the <see cref="QuantityExtractor"/> (layer <c>quantities</c>), unless it is already there.</summary>
    public static PipelineBuilder UseQuantities(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var extractor = new QuantityExtractor();
        return builder.Contains(extractor.Info.Id) ? builder : builder.Add(extractor);
    }
}
