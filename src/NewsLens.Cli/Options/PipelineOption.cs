using System.CommandLine;
using NewsLens.Analyzers.Techniques;
using NewsLens.Encoders;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Options;

/// <summary>
/// <c>--pipeline accurate|fast</c>: accurate (the default) runs the shared transformer encoder and the heads that read
/// it; fast runs the linear models alone, for very large batches.
/// </summary>
internal static class PipelineOption
{
    public static Option<string> Create() =>
        new Option<string>("--pipeline") { Description = "accurate (default: heads over the shared transformer encoder) or fast (linear models only, ~50x faster).", DefaultValueFactory = _ => PipelineInfo.AccurateName }
            .OneOf([PipelineInfo.AccurateName, PipelineInfo.FastName], [PipelineInfo.AccurateName, PipelineInfo.FastName]);

    /// <summary>The pipeline named by the parsed value (absent: the default, accurate).</summary>
    public static PipelineKind Kind(string? value) =>
        TryKind(value, out var kind) ? kind : throw new ArgumentException($"unknown --pipeline '{value}'");

    public static bool TryKind(string? value, out PipelineKind kind) =>
        StandardPipelines.TryParse(string.IsNullOrEmpty(value) ? PipelineInfo.AccurateName : value, out kind);

    /// <summary>The model files the full <paramref name="kind"/> pipeline loads.</summary>
    public static string[] ModelFiles(PipelineKind kind) => kind == PipelineKind.Accurate
        ? [.. ModelsOption.DefaultPipeline.Where(f => f != TechniqueModel.Spec.FileName), TechniqueModel.EncoderSpec.FileName]
        : ModelsOption.DefaultPipeline;

    /// <summary>Encoder threads so that <paramref name="jobs"/> articles in parallel fill the cores without oversubscribing them.</summary>
    public static EncoderOptions EncoderFor(int jobs) =>
        new() { IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount / Math.Max(1, jobs)) };
}
