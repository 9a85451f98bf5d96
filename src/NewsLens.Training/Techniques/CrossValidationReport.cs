using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>Grouped (by article) cross-validation figures: SI with the official partial-overlap measure, TC micro-F1 on gold spans.</summary>
public sealed record CrossValidationReport(
    int Folds, int Articles,
    double SiPrecision, double SiRecall, double SiF1, long SiPredicted, long SiGold,
    double TcMicroF1, int TcCorrect, int TcTotal,
    IReadOnlyDictionary<string, (int Correct, int Total)> TcPerTechnique,
    IReadOnlyList<string> FoldLines);
