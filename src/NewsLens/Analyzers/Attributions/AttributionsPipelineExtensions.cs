using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers.Attributions;

/// <summary>Registers the attribution extractor in a pipeline.</summary>
public static class AttributionsPipelineExtensions
{
    /// <summary>Adds <see cref="AttributionExtractor"/> with the model from <paramref name="models"/>.</summary>
    /// <exception cref="FileNotFoundException">when the model file is missing (names the command that trains it).</exception>
    public static PipelineBuilder UseAttributions(this PipelineBuilder builder, ModelDirectory models)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(models);
        return builder.Add(new AttributionExtractor(LoadModel(models)));
    }

    /// <summary>Loads the attribution model from <paramref name="models"/>.</summary>
    public static AttributionModel LoadModel(ModelDirectory models)
    {
        string path = models.Require(AttributionModel.Spec.FileName, AttributionModel.Spec.TrainCommand);
        using var fs = File.OpenRead(path);
        return AttributionModel.Load(fs);
    }
}
