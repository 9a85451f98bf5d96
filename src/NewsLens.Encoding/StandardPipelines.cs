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
    /// <summary>File name of the fine-tuned encoder weights (LoRA merged) in a models folder, written by <c>newslens-finetune joint</c>.</summary>
    public const string OverridesFileName = "encoder.overrides.bin";

    private static readonly ConcurrentDictionary<EncoderOptions, Lazy<TransformerEncoder>> s_encoders = new();

    /// <summary>The process-wide MiniLM encoder for <paramref name="options"/>, loaded on first use.</summary>
    public static TransformerEncoder SharedEncoder(EncoderOptions? options = null) =>
        s_encoders.GetOrAdd(options ?? new EncoderOptions(), o => new Lazy<TransformerEncoder>(() => TransformerEncoder.CreateMiniLm(o))).Value;

    /// <summary>Builds the <paramref name="kind"/> pipeline with every analyzer NewsLens ships.</summary>
    /// <exception cref="FileNotFoundException">when a model file is missing (the message names the command that trains it).</exception>
    /// <remarks>
    /// <paramref name="extra"/> analyzers run after the standard ones. The accurate pipeline's encoder takes the fine-tuned weights in <see cref="OverridesFileName"/> when the models
    /// folder has that file (unless <paramref name="encoderOptions"/> gives overrides of its own), else the pretrained ones.
    /// </remarks>
    public static AnalysisPipeline Create(PipelineKind kind, ModelDirectory? models = null, PipelineOptions? options = null,
        OutletRegistry? registry = null, EncoderOptions? encoderOptions = null, Analyzers.Verdict.VerdictScorerOptions? verdictOptions = null,
        IReadOnlyList<IAnalyzer>? extra = null)
    {
        models ??= ModelDirectory.Default;
        if (kind == PipelineKind.Fast) return NewsLensPipeline.Create(null, models, options, registry, verdictOptions: verdictOptions, extra: extra);
        return NewsLensPipeline.Create(new EncoderAnalyzer(EncoderFor(models, encoderOptions)), models, options, registry, verdictOptions: verdictOptions, extra: extra);
    }

    /// <summary>The shared encoder of the accurate pipeline for <paramref name="models"/>: fine-tuned when the folder has <see cref="OverridesFileName"/>.</summary>
    public static TransformerEncoder EncoderFor(ModelDirectory models, EncoderOptions? encoderOptions = null)
    {
        encoderOptions ??= new EncoderOptions();
        if (encoderOptions.WeightOverrides is null && models.Find(OverridesFileName) is { } path)
            encoderOptions = encoderOptions with { WeightOverrides = Overrides(path) };
        return SharedEncoder(encoderOptions);
    }

    private static readonly ConcurrentDictionary<string, Lazy<EncoderWeightOverrides>> s_overrides = new(StringComparer.Ordinal);

    /// <summary>The overrides file at <paramref name="path"/>, read once per process.</summary>
    /// <exception cref="InvalidDataException">when the file is not an overrides file.</exception>
    public static EncoderWeightOverrides Overrides(string path) =>
        s_overrides.GetOrAdd(Path.GetFullPath(path), p => new Lazy<EncoderWeightOverrides>(() =>
            EncoderWeightOverrides.Read(p, EncoderWeightOverrides.Spec(OverridesFileName, "newslens-finetune joint")))).Value;

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
