using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>Settings for <see cref="ClaimTrainer"/>. Defaults are the ones the shipped model was trained with.</summary>
public sealed record ClaimTrainingOptions
{
    /// <summary>The shared data folder (holding the checkthat* and claimbuster-ncs folders).</summary>
    public required string DataRoot { get; init; }
    public ClaimFeatureOptions Features { get; init; } = new();
    public int Epochs { get; init; } = 6;
    public double LearningRate { get; init; } = 0.1;
    public double L2 { get; init; } = 1e-7;
    /// <summary>Loss weight of a positive transcript line (positives are about 1 in 60).</summary>
    public float TranscriptPositiveWeight { get; init; } = 4f;
    /// <summary>Loss weight of a training tweet (tweets are few beside transcript lines).</summary>
    public float TweetWeight { get; init; } = 1f;
    /// <summary>Evaluate on ClaimBuster too (the slowest evaluation).</summary>
    public bool EvaluateClaimBuster { get; init; } = true;
    /// <summary>Loss weight of a ClaimBuster sentence.</summary>
    public float ClaimBusterWeight { get; init; } = 1f;
    /// <summary>ClaimBuster set used in training: "20", "25" or "30" (2x, 2.5x, 3x NCS).</summary>
    public string ClaimBusterSet { get; init; } = "25";
    /// <summary>Folds for the grouped cross-validation over transcripts; 0 means leave one transcript group out.</summary>
    public int Folds { get; init; } = 10;
    public int ClaimBusterFolds { get; init; } = 5;
    public int Seed { get; init; } = 17;
    /// <summary>
    /// Training transcripts left out of the final model because they were CheckThat! 2019 test transcripts (SOURCES.md),
    /// so the model can be scored on that test set. Matched by file-name prefix.
    /// </summary>
    public IReadOnlyList<string> ExcludeFromFinal { get; init; } = ["20160311_GOP_miami", "20181015_60_min"];
}
