using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Attributions;

/// <summary>Registers the attribution extractor in a pipeline.</summary>
public static class AttributionsPipelineExtensions
{
    /// <summary>Adds <see cref="AttributionExtractor"/> with the model from <paramref name="models"/>.</summary>
    /// <exception cref="FileNotFoundException">when the model file is missing (names the command that trains it).</exception>
    /// <param name="builder">the pipeline being built.</param>
    /// <param name="models">where the model files are.</param>
    /// <param name="useEncoder">take the accurate pipeline's model (<see cref="AttributionModel.EncoderSpec"/>), which reads the encoder's token vectors.</param>
    public static PipelineBuilder UseAttributions(this PipelineBuilder builder, ModelDirectory models, bool useEncoder = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(models);
        return builder.Add(new AttributionExtractor(LoadModel(models, useEncoder)));
    }

    /// <summary>Loads the attribution model from <paramref name="models"/>: the accurate pipeline's when <paramref name="useEncoder"/>.</summary>
    public static AttributionModel LoadModel(ModelDirectory models, bool useEncoder = false)
    {
        var spec = useEncoder ? AttributionModel.EncoderSpec : AttributionModel.Spec;
        string path = models.Require(spec.FileName, spec.TrainCommand);
        using var fs = File.OpenRead(path);
        return useEncoder ? AttributionModel.LoadEncoder(fs) : AttributionModel.Load(fs);
    }
}
