using NewsLens.Analyzers.Lean;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers;

/// <summary>Adds the political lean to a pipeline.</summary>
public static class LeanPipelineExtensions
{
    /// <summary>Adds a <see cref="LeanScorer"/> (layer <c>lean</c>), loading <c>lean.bin</c> from <paramref name="models"/>.</summary>
    /// <exception cref="FileNotFoundException">when the model file is missing, naming the command that trains it.</exception>
    public static PipelineBuilder UseLean(this PipelineBuilder builder, ModelDirectory models, LeanScorerOptions? options = null)
    {
        var path = models.Require(LeanModel.Spec.FileName, LeanModel.Spec.TrainCommand);
        using var stream = File.OpenRead(path);
        return builder.Add(new LeanScorer(LeanModel.Load(stream), options));
    }
}
