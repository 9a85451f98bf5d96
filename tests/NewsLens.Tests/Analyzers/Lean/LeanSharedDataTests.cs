using NewsLens.Analyzers.Lean;
using NewsLens.Tests.Support;
using NewsLens.Training.Lean;

namespace NewsLens.Tests.Analyzers.Lean;

/// <summary>The shipped lean model on the media-based valid split of ../shared/data (skipped when the folder is absent).</summary>
public sealed class LeanSharedDataTests
{
    // Measured with the shipped model (models/lean.md): valid macro-F1 0.292 (2026-12-03, `newslens train lean`); the floor leaves a margin for
    // platform float differences, and fails if a change to the text path or the model breaks the scoring.
    private const double ValidMacroF1Floor = 0.27;

    [SharedDataFact]
    public void The_shipped_model_scores_the_media_based_valid_split_above_its_measured_floor()
    {
        var (valid, missing) = AllSidesCorpus.Read(SharedData.Root!, "valid");
        Assert.Equal(0, missing);
        Assert.Equal(2356, valid.Count);
        using var s = File.OpenRead(Path.Combine(SharedData.RepoRoot, "models", LeanModel.Spec.FileName));
        var m = LeanTrainer.Score(LeanModel.Load(s), valid);
        Assert.True(m.MacroF1 >= ValidMacroF1Floor, m.Summary);
        Assert.All(m.Classes, c => Assert.True(c.Predicted > 0, $"{c.Label} never predicted"));
    }
}
