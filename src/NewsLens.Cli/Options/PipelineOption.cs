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
        ? [.. ModelsOption.DefaultPipeline.Where(f => f != TechniqueModel.Spec.FileName && f != NewsLens.Analyzers.Attributions.AttributionModel.Spec.FileName),
            TechniqueModel.EncoderSpec.FileName, NewsLens.Analyzers.Attributions.AttributionModel.EncoderSpec.FileName,
            NewsLens.Analyzers.Verdict.EncoderVerdictModel.Spec.FileName, NewsLens.Analyzers.Claims.ClaimEncoderModel.Spec.FileName]
        : ModelsOption.DefaultPipeline;

    /// <summary>
    /// Adds to <paramref name="command"/> the check that the models folder holds the one model file it runs by hand:
    /// <paramref name="fast"/>'s in the fast pipeline, <paramref name="accurate"/>'s in the accurate one.
    /// </summary>
    public static void RequireModel(Command command, Option<string> pipeline, Option<string?> models, NewsLens.Models.ModelSpec fast, NewsLens.Models.ModelSpec accurate) =>
        RequireModels(command, pipeline, models, [fast], [accurate]);

    /// <summary>As <see cref="RequireModel"/>, for a command that runs several model files by hand; one error names every missing one.</summary>
    public static void RequireModels(Command command, Option<string> pipeline, Option<string?> models,
        IReadOnlyList<NewsLens.Models.ModelSpec> fast, IReadOnlyList<NewsLens.Models.ModelSpec> accurate) =>
        command.Validators.Add(r =>
        {
            if (!TryKind(r.GetValue(pipeline), out var kind)) return; // the option's own check names the bad value
            var specs = kind == PipelineKind.Accurate ? accurate : fast;
            if (ModelsOption.Problem(r.GetValue(models), specs.Select(s => s.FileName)) is { } p) r.AddError(p);
        });

    /// <summary>
    /// Opens texts as documents for a command that runs one model by hand: in the accurate pipeline the shared encoder
    /// writes its vector layers on each document first (the encoder heads read them), in the fast one nothing does.
    /// </summary>
    /// <exception cref="InvalidDataException">when the models folder's fine-tuned encoder weights are unreadable.</exception>
    public static Func<string, NewsLens.Text.Document> Opener(PipelineKind kind, NewsLens.Models.ModelDirectory models)
    {
        if (kind == PipelineKind.Fast) return text => NewsLens.Text.Document.Create(text);
        var encoder = new EncoderAnalyzer(StandardPipelines.EncoderFor(models));
        return text =>
        {
            var doc = NewsLens.Text.Document.Create(text);
            encoder.Analyze(doc, CancellationToken.None);
            return doc;
        };
    }

    /// <summary>Encoder threads so that <paramref name="jobs"/> articles in parallel fill the cores without oversubscribing them.</summary>
    public static EncoderOptions EncoderFor(int jobs) =>
        new() { IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount / Math.Max(1, jobs)) };
}
