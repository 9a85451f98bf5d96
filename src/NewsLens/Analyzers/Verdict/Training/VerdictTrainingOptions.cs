namespace NewsLens.Analyzers.Verdict.Training;

/// <summary>Settings of <see cref="VerdictTrainer"/>. Defaults are the ones the shipped model was trained with.</summary>
public sealed record VerdictTrainingOptions
{
    /// <summary>Outer cross-validation folds (random and outlet-grouped); 0 skips evaluation.</summary>
    public int Folds { get; init; } = 10;
    /// <summary>Inner folds (outlet-grouped) that choose the regularisation and style scale inside each training set.</summary>
    public int InnerFolds { get; init; } = 4;
    public int Seed { get; init; } = 2019;
    /// <summary>A term is kept only when training articles from at least this many distinct outlets use it (drops bylines, boilerplate, outlet names).</summary>
    public int MinOutlets { get; init; } = 3;
    /// <summary>A term is kept only when at least this many training articles use it.</summary>
    public int MinDocumentFrequency { get; init; } = 3;
    public int Epochs { get; init; } = 30;
    public double LearningRate { get; init; } = 0.2;
    public IReadOnlyList<double> L2Grid { get; init; } = [1e-5, 1e-4, 1e-3];
    public IReadOnlyList<float> StyleScaleGrid { get; init; } = [0f, 0.05f, 0.15f];
}
