using NewsLens.Analyzers.Style;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers;

/// <summary>Adds the style profiler to a pipeline.</summary>
public static class StylePipelineExtensions
{
    /// <summary>Adds a <see cref="StyleProfiler"/> (layer <c>styleProfile</c>). It needs no model file.</summary>
    public static PipelineBuilder UseStyle(this PipelineBuilder builder, StyleProfilerOptions? options = null) =>
        builder.Add(new StyleProfiler(options));
}
