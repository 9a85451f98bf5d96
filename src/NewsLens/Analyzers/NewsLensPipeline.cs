using NewsLens.Analyzers.Techniques;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers;

/// <summary>The standard analysis pipeline: every analyzer NewsLens ships, in dependency order.</summary>
public static class NewsLensPipeline
{
    /// <summary>Builds the full default pipeline. Build once and reuse: the result is thread-safe.</summary>
    /// <param name="models">where the model files are (default: <see cref="ModelDirectory.Default"/>).</param>
    /// <param name="options">size and time limits.</param>
    /// <param name="registry">outlet ratings (default: the embedded registry).</param>
    public static AnalysisPipeline CreateDefault(ModelDirectory? models = null, PipelineOptions? options = null, Outlets.OutletRegistry? registry = null)
    {
        models ??= ModelDirectory.Default;
        var builder = new PipelineBuilder().WithOptions(options ?? new PipelineOptions());
        // Each feature folder contributes one UseXxx() hook; order follows the layers they require.
        // [attributions]
        Attributions.AttributionsPipelineExtensions.UseAttributions(builder, models);
        // [sources]
        Sources.SourcesPipelineExtensions.UseSources(builder, registry);
        // [quantities]
        Quantities.QuantityPipelineExtensions.UseQuantities(builder);
        // [claims]
        Claims.ClaimsPipelineExtensions.UseClaims(builder, models);
        // [techniques]
        builder.UseTechniques(models);
        // [style]
        builder.UseStyle(new Style.StyleProfilerOptions { SignalSources = [PipelineStyleSignals.Instance] });
        // [verdict]
        builder.UseVerdict(models);
        return builder.Build();
    }
}
