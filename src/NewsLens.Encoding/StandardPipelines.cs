using System.Collections.Concurrent;
using NewsLens.Analyzers;
using NewsLens.Analyzers.Outlets;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Encoders;

/// <summary>
/// Builds the two standard pipelines. The accurate one shares one loaded encoder per set of
/// <see cref="EncoderOptions"/> across the whole process (load it once: ~1 s and ~300 MB), which is never disposed.
/// </summary>
public static class StandardPipelines
{
    private static readonly ConcurrentDictionary<EncoderOptions, Lazy<TransformerEncoder>> s_encoders = new();

    /// <summary>The process-wide MiniLM encoder for <paramref name="options"/>, loaded on first use.</summary>
    public static TransformerEncoder SharedEncoder(EncoderOptions? options = null) =>
        s_encoders.GetOrAdd(options ?? new EncoderOptions(), o => new Lazy<TransformerEncoder>(() => TransformerEncoder.CreateMiniLm(o))).Value;

    /// <summary>Builds the <paramref name="kind"/> pipeline with every analyzer NewsLens ships.</summary>
    /// <exception cref="FileNotFoundException">when a model file is missing (the message names the command that trains it).</exception>
    public static AnalysisPipeline Create(PipelineKind kind, ModelDirectory? models = null, PipelineOptions? options = null,
        OutletRegistry? registry = null, EncoderOptions? encoderOptions = null) =>
        NewsLensPipeline.Create(kind == PipelineKind.Accurate ? new EncoderAnalyzer(SharedEncoder(encoderOptions)) : null, models, options, registry);

    /// <summary>Parses <c>accurate</c> or <c>fast</c> (case-insensitive).</summary>
    public static bool TryParse(string? name, out PipelineKind kind)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case PipelineInfo.AccurateName: kind = PipelineKind.Accurate; return true;
            case PipelineInfo.FastName: kind = PipelineKind.Fast; return true;
            default: kind = default; return false;
        }
    }
}
