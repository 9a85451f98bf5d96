using NewsLens.Analyzers.Outlets;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Sources;

/// <summary>Registers the source finder, the publisher outlet rater and the sourcing profiler.</summary>
public static class SourcesPipelineExtensions
{
    /// <summary>Adds <see cref="OutletRater"/>, <see cref="SourceFinder"/> and <see cref="SourcingProfiler"/>; needs attributions before.</summary>
    public static PipelineBuilder UseSources(this PipelineBuilder builder, OutletRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        registry ??= OutletRegistry.Embedded;
        return builder.Add(new OutletRater(registry)).Add(new SourceFinder(registry)).Add(new SourcingProfiler(registry));
    }
}
