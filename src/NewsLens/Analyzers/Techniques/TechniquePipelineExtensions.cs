using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Techniques;

/// <summary>Adds the technique tagger to a pipeline.</summary>
public static class TechniquePipelineExtensions
{
    /// <summary>
    /// Loads <c>techniques.bin</c> (or, with <see cref="TechniqueOptions.UseEncoder"/>, <c>techniques.encoder.bin</c>,
    /// which needs an encoder analyzer earlier in the pipeline) from <paramref name="models"/> and adds a <see cref="TechniqueTagger"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">when the model file is missing (the message names the command that trains it).</exception>
    public static PipelineBuilder UseTechniques(this PipelineBuilder builder, ModelDirectory models, TechniqueOptions? options = null)
    {
        var spec = options?.UseEncoder == true ? TechniqueModel.EncoderSpec : TechniqueModel.Spec;
        var path = models.Require(spec.FileName, spec.TrainCommand);
        return builder.Add(new TechniqueTagger(TechniqueModel.Load(path), options));
    }
}
