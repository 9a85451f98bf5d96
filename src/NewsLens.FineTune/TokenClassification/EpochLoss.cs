namespace NewsLens.FineTune.TokenClassification;

/// <summary>The mean training loss over every labelled piece of one epoch (epochs count from 1).</summary>
public readonly record struct EpochLoss(int Epoch, double Loss);
