using NewsLens.Analyzers.Techniques;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Vectors;

namespace NewsLens.Analyzers;

/// <summary>The standard analysis pipelines: every analyzer NewsLens ships, in dependency order.</summary>
public static class NewsLensPipeline
{
    /// <summary>Builds the fast pipeline (no encoder). Build once and reuse: the result is thread-safe.</summary>
    /// <param name="models">where the model files are (default: <see cref="ModelDirectory.Default"/>).</param>
    /// <param name="options">size and time limits.</param>
    /// <param name="registry">outlet ratings (default: the embedded registry).</param>
    public static AnalysisPipeline CreateDefault(ModelDirectory? models = null, PipelineOptions? options = null, Outlets.OutletRegistry? registry = null) =>
        Create(null, models, options, registry);

    /// <summary>
    /// Builds the accurate pipeline when <paramref name="encoder"/> is given (it runs first; the heads that have an
    /// encoder model read its vectors), the fast one when it is null.
    /// </summary>
    /// <exception cref="FileNotFoundException">when a model file is missing (the message names the command that trains it).</exception>
    /// <param name="encoder">the shared encoder analyzer, or null for the fast pipeline.</param>
    /// <param name="models">where the model files are (default: <see cref="ModelDirectory.Default"/>).</param>
    /// <param name="options">size and time limits.</param>
    /// <param name="registry">outlet ratings (default: the embedded registry).</param>
    /// <param name="verdictHead">with an encoder, score the verdict with its encoder head (<c>verdict.encoder.bin</c>); false
    /// keeps the fast verdict (used to train that head).</param>
    /// <param name="verdictOptions">the verdict's options (reasons, prior, explanation).</param>
    /// <param name="extra">analyzers added after the standard ones (such as the fact-check linker), in order.</param>
    public static AnalysisPipeline Create(IEncoderAnalyzer? encoder, ModelDirectory? models = null, PipelineOptions? options = null,
        Outlets.OutletRegistry? registry = null, bool verdictHead = true, Verdict.VerdictScorerOptions? verdictOptions = null,
        IReadOnlyList<IAnalyzer>? extra = null)
    {
        models ??= ModelDirectory.Default;
        var builder = new PipelineBuilder().WithOptions(options ?? new PipelineOptions())
            .WithInfo(encoder is null ? new PipelineInfo(PipelineInfo.FastName) : new PipelineInfo(PipelineInfo.AccurateName, encoder.Identity));
        // [encoder]
        if (encoder is not null) builder.Add(encoder);
        // Each feature folder contributes one UseXxx() hook; order follows the layers they require.
        // [attributions]
        Attributions.AttributionsPipelineExtensions.UseAttributions(builder, models, useEncoder: encoder is not null);
        // [sources]
        Sources.SourcesPipelineExtensions.UseSources(builder, registry);
        // [quantities]
        Quantities.QuantityPipelineExtensions.UseQuantities(builder);
        // [claims]
        Claims.ClaimsPipelineExtensions.UseClaims(builder, models, useEncoder: encoder is not null);
        // [techniques]
        builder.UseTechniques(models, new TechniqueOptions { UseEncoder = encoder is not null });
        // [style]
        builder.UseStyle(new Style.StyleProfilerOptions { SignalSources = [PipelineStyleSignals.Instance] });
        // [verdict]
        builder.UseVerdict(models, verdictOptions, useEncoder: encoder is not null && verdictHead);
        // [lean]
        builder.UseLean(models);
        foreach (var analyzer in extra ?? []) builder.Add(analyzer);
        return builder.Build();
    }
}
