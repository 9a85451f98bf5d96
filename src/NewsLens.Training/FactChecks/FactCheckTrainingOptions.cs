namespace NewsLens.Training.FactChecks;

/// <summary>How <see cref="FactCheckTrainer"/> splits, tunes and trains.</summary>
public sealed record FactCheckTrainingOptions
{
    /// <summary>Cross-validation folds over the tuning part of train (queries, not pairs, are split).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Share of train queries set aside, untouched until the final model is scored on them.</summary>
    public double HoldoutShare { get; init; } = 0.15;

    public int Seed { get; init; } = 2020;

    /// <summary>L2 strengths tried by cross-validation.</summary>
    public IReadOnlyList<double> L2Grid { get; init; } = [1e-6, 1e-5, 1e-4];

    /// <summary>First-stage fusion weights of the BM25 share tried by cross-validation (the first stage has no training).</summary>
    public IReadOnlyList<float> LexicalWeightGrid { get; init; } = [0.1f, 0.2f, 0.3f, 0.5f, 1f];

    public int Epochs { get; init; } = 30;
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Candidates from each first stage.</summary>
    public int Depth { get; init; } = 50;
}
