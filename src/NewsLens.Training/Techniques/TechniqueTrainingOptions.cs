using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>Hyper-parameters of <see cref="TechniqueTrainer"/>. Fixed defaults; the SI threshold and gap are chosen on an inner split.</summary>
public sealed record TechniqueTrainingOptions
{
    /// <summary>log2 of the SI weight count.</summary>
    public int SpanBits { get; init; } = 19;
    /// <summary>log2 of the TC feature space (weights = 14 × 2^bits).</summary>
    public int ClassBits { get; init; } = 17;
    public int SpanEpochs { get; init; } = 6;
    public double SpanLearningRate { get; init; } = 0.1;
    public double SpanL2 { get; init; } = 1e-6;
    public int ClassEpochs { get; init; } = 40;
    public double ClassLearningRate { get; init; } = 0.03;
    public double ClassL2 { get; init; } = 0;
    /// <summary>Exponent of the rare-class weight (most frequent count / class count)^x in TC training; 0 = unweighted.</summary>
    public double ClassBalance { get; init; } = 0.5;
    /// <summary>Add the <see cref="TechniqueRules"/> offsets in TC training and prediction.</summary>
    public bool UseRules { get; init; } = true;
    /// <summary>Every n-th training article is held out to choose the SI threshold and gap before the final fit.</summary>
    public int TuneEvery { get; init; } = 5;
    public IReadOnlyList<float> ThresholdGrid { get; init; } = [.. Enumerable.Range(0, 23).Select(i => 0.05f + 0.025f * i)];
    public IReadOnlyList<int> GapGrid { get; init; } = [0, 1, 2, 3, 4, 6, 9, 14, 99];
    public IReadOnlyList<float> MinSpanScoreGrid { get; init; } = [0f, 0.3f, 0.4f, 0.5f, 0.6f];
    /// <summary>Inner folds for the second SI pass (stacking on out-of-fold first-pass probabilities); below 2 turns it off.</summary>
    public int SmoothingFolds { get; init; } = 3;
    public int Seed { get; init; } = 17;
    /// <summary>Decode SI with the structured (semi-Markov) decoder over start/end heads instead of threshold and gap.</summary>
    public bool StructuredDecoder { get; init; }
    public int MaxSpanTokens { get; init; } = 80;
    public IReadOnlyList<float> BoundaryWeightGrid { get; init; } = [0.1f, 0.25f, 0.5f, 1f];
    public IReadOnlyList<float> SegmentBonusGrid { get; init; } = [-1f, 0f, 1f, 2f, 3f, 4f, 6f, 8f];
    /// <summary>Encoder models: each standardised vector column is multiplied by this (sets the dense block's share of the margin).</summary>
    public double DenseScale { get; init; } = 0.25;
    /// <summary>Encoder models: AdaGrad step of the dense weights.</summary>
    public double DenseLearningRate { get; init; } = 0.02;
    public double DenseL2 { get; init; } = 1e-5;
    /// <summary>Cross-validation only: evaluate span identification (SI) and/or technique classification (TC).</summary>
    public bool EvaluateSpans { get; init; } = true;
    public bool EvaluateClasses { get; init; } = true;
}
