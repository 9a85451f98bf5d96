using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>Accuracy, precision, recall and F1 of the positive (hyperpartisan) class, with the confusion counts.</summary>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
    public double Accuracy => Count == 0 ? 0 : (double)(TruePositives + TrueNegatives) / Count;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    /// <summary>Mean of the recalls of both classes: the accuracy expected on a balanced collection.</summary>
    public double BalancedAccuracy =>
        TruePositives + FalseNegatives == 0 || TrueNegatives + FalsePositives == 0 ? 0
        : 0.5 * ((double)TruePositives / (TruePositives + FalseNegatives) + (double)TrueNegatives / (TrueNegatives + FalsePositives));
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BinaryMetrics Of(IReadOnlyList<bool> gold, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (predicted[i]) { if (gold[i]) tp++; else fp++; }
            else if (gold[i]) fn++;
            else tn++;
        }
        return new(tp, fp, tn, fn);
    }

    public override string ToString() =>
        $"accuracy {Accuracy:0.000}  balanced accuracy {BalancedAccuracy:0.000}  precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives} fp {FalsePositives} tn {TrueNegatives} fn {FalseNegatives})";
}
