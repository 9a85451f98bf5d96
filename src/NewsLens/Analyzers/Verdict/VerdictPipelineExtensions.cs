using NewsLens.Analyzers.Verdict;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Analyzers;

/// <summary>Adds the hyperpartisan verdict to a pipeline.</summary>
public static class VerdictPipelineExtensions
{
    /// <summary>
    /// Adds a <see cref="HyperpartisanScorer"/> (layer <c>verdict</c>), loading <c>verdict.bin</c> from
    /// <paramref name="models"/>. Add it after <c>UseStyle()</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">when the model file is missing, naming the command that trains it.</exception>
    public static PipelineBuilder UseVerdict(this PipelineBuilder builder, ModelDirectory models, VerdictScorerOptions? options = null)
    {
        var path = models.Require(VerdictModel.Spec.FileName, VerdictModel.Spec.TrainCommand);
        using var stream = File.OpenRead(path);
        return builder.Add(new HyperpartisanScorer(VerdictModel.Load(stream), options));
    }
}
