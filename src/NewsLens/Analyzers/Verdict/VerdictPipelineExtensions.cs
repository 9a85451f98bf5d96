using NewsLens.Analyzers.Verdict;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers;

/// <summary>Adds the hyperpartisan verdict to a pipeline.</summary>
public static class VerdictPipelineExtensions
{
    /// <summary>
    /// Adds a <see cref="HyperpartisanScorer"/> (layer <c>verdict</c>), loading <c>verdict.bin</c> from
    /// <paramref name="models"/>, and with <paramref name="useEncoder"/> also <c>verdict.encoder.bin</c> (the accurate
    /// pipeline: it then needs the encoder, techniques, attributions and claims before it). Add it after <c>UseStyle()</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">when a model file is missing, naming the command that trains it.</exception>
    /// <exception cref="InvalidDataException">when a model file is malformed, or the encoder head was trained on another <c>verdict.bin</c>.</exception>
    public static PipelineBuilder UseVerdict(this PipelineBuilder builder, ModelDirectory models, VerdictScorerOptions? options = null, bool useEncoder = false)
    {
        var (model, head) = LoadModels(models, useEncoder);
        return builder.Add(new HyperpartisanScorer(model, options, head));
    }

    /// <summary>Loads <c>verdict.bin</c> and, with <paramref name="useEncoder"/>, <c>verdict.encoder.bin</c> from <paramref name="models"/>.</summary>
    /// <exception cref="FileNotFoundException">when a model file is missing, naming the command that trains it.</exception>
    public static (VerdictModel Model, EncoderVerdictModel? Head) LoadModels(ModelDirectory models, bool useEncoder)
    {
        var path = models.Require(VerdictModel.Spec.FileName, VerdictModel.Spec.TrainCommand);
        VerdictModel model;
        using (var stream = File.OpenRead(path)) model = VerdictModel.Load(stream);
        if (!useEncoder) return (model, null);
        var headPath = models.Require(EncoderVerdictModel.Spec.FileName, EncoderVerdictModel.Spec.TrainCommand);
        using var hs = File.OpenRead(headPath);
        return (model, EncoderVerdictModel.Load(hs));
    }
}
