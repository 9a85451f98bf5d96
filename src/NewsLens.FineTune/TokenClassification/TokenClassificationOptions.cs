using NewsLens.FineTune.Bert;

namespace NewsLens.FineTune.TokenClassification;

/// <summary>How <see cref="TokenClassificationTrainer"/> trains. Defaults: LoRA r=8 on query and value, AdamW 1e-3.</summary>
public sealed record TokenClassificationOptions
{
    public int Rank { get; init; } = 8;

    /// <summary>LoRA scale numerator: the adapter's output is multiplied by Alpha / Rank.</summary>
    public double Alpha { get; init; } = 16;

    public LoraTargets Targets { get; init; } = LoraTargets.QueryValue;
    public int Epochs { get; init; } = 3;

    /// <summary>Sequences per optimiser step; a batch is padded to its longest sequence.</summary>
    public int BatchSize { get; init; } = 16;

    public double LearningRate { get; init; } = 1e-3;
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Seeds the adapters, the head and the order of examples: the same seed gives the same weights.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>LibTorch intra-op threads (process-wide setting).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Id of the padding piece ([PAD] is 0 in BERT vocabularies).</summary>
    public long PadId { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Rank, 1, nameof(Rank));
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1, nameof(Threads));
        if (!(LearningRate > 0)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "> 0");
    }
}
