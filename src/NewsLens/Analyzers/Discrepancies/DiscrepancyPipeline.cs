using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>The pipeline that prepares documents for <see cref="DiscrepancyFinder"/>: attributions and quantities, after the encoder when one is given.</summary>
public static class DiscrepancyPipeline
{
    /// <summary>Builds it; thread-safe, build once and reuse.</summary>
    /// <param name="encoder">the shared encoder (accurate pipeline: sentence vectors for the alignment, the encoder attribution model), or null (fast).</param>
    /// <param name="models">where the attribution model is.</param>
    /// <param name="options">size and time limits.</param>
    /// <exception cref="FileNotFoundException">when the attribution model is missing.</exception>
    public static AnalysisPipeline Create(IEncoderAnalyzer? encoder, ModelDirectory models, PipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var builder = new PipelineBuilder().WithOptions(options ?? new PipelineOptions())
            .WithInfo(encoder is null ? new PipelineInfo(PipelineInfo.FastName) : new PipelineInfo(PipelineInfo.AccurateName, encoder.Identity));
        if (encoder is not null) builder.Add(encoder);
        builder.UseAttributions(models, useEncoder: encoder is not null);
        builder.UseQuantities();
        return builder.Build();
    }
}
