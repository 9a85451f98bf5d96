namespace NewsLens.Training.Claims;

/// <summary>Settings of the stacked encoder model (<c>claims.encoder.bin</c>); defaults are the shipped model's.</summary>
public sealed record ClaimStackOptions
{
    /// <summary>Read the previous and next unit's vectors too (transcript lines and article sentences; never tweets).</summary>
    public bool Context { get; init; }
    /// <summary>Read the hashed model's margin (off: vectors only, for comparison).</summary>
    public bool Margin { get; init; } = true;
    public int Epochs { get; init; } = 6;
    public double LearningRate { get; init; } = 0.02;
    public double L2 { get; init; } = 1e-4;
    /// <summary>Scale of each standardised vector column (the dense weights' step size).</summary>
    public float DenseScale { get; init; } = 0.3f;
    /// <summary>
    /// Transcript groups set aside before any tuning and scored once at the end: the groups of
    /// <see cref="ClaimTrainingOptions.ExcludeFromFinal"/> plus seeded random ones up to this count.
    /// </summary>
    public int HeldOutGroups { get; init; } = 8;
    /// <summary>Score the held-out part (off for tuning runs, so it is scored once, at the end).</summary>
    public bool ScoreHeldOut { get; init; } = true;
    /// <summary>Seed of the held-out draw (the folds and fits use <see cref="ClaimTrainingOptions.Seed"/>).</summary>
    public int HeldOutSeed { get; init; } = 2026;
}
