using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Out-of-fold results of one cross-validation: metrics at the uncalibrated decision boundary (margin 0) and after
/// Platt calibration fitted on the other folds' out-of-fold margins (threshold 0.5), with calibration measures.
/// </summary>
public sealed record CrossValidationReport(
    string Name,
    int Folds,
    BinaryMetrics Raw,
    BinaryMetrics Calibrated,
    double Auc,
    double BrierCalibrated,
    double EceCalibrated,
    double EceUncalibrated,
    IReadOnlyList<ReliabilityBin> Bins,
    IReadOnlyList<string> ChosenSettings,
    double ReliabilityOfStyleAuc,
    double[] Margins,
    double[] Probabilities)
{
    /// <summary>Out-of-fold term margins (bias + tf-idf terms, style left out): what the encoder head stacks on.</summary>
    public double[] TermMargins { get; init; } = [];
}
