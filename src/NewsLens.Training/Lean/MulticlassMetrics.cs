namespace NewsLens.Training.Lean;

/// <summary>Per-class precision, recall and F1 of one class; F1 is 0 when precision and recall are both 0.</summary>
public sealed record ClassScores(string Label, int Support, int Predicted, double Precision, double Recall, double F1);

/// <summary>Accuracy, macro-F1 (the mean of the per-class F1, the dataset's community metric) and the confusion matrix.</summary>
public sealed record MulticlassMetrics(int Count, double Accuracy, double MacroF1, IReadOnlyList<ClassScores> Classes, int[,] Confusion)
{
    /// <summary>Scores predictions against gold labels (class indices into <paramref name="labels"/>).</summary>
    public static MulticlassMetrics Of(IReadOnlyList<int> gold, IReadOnlyList<int> predicted, IReadOnlyList<string> labels)
    {
        int k = labels.Count;
        var m = new int[k, k];
        for (int i = 0; i < gold.Count; i++) m[gold[i], predicted[i]]++;
        var classes = new List<ClassScores>(k);
        for (int c = 0; c < k; c++)
        {
            int tp = m[c, c], support = 0, pred = 0;
            for (int o = 0; o < k; o++) { support += m[c, o]; pred += m[o, c]; }
            double p = pred == 0 ? 0 : tp / (double)pred, r = support == 0 ? 0 : tp / (double)support;
            classes.Add(new ClassScores(labels[c], support, pred, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
        }
        int correct = 0;
        for (int c = 0; c < k; c++) correct += m[c, c];
        return new MulticlassMetrics(gold.Count, gold.Count == 0 ? 0 : correct / (double)gold.Count, classes.Average(c => c.F1), classes, m);
    }

    /// <summary>One line: <c>macro-F1 0.512 accuracy 0.540 (n 2356)</c>.</summary>
    public string Summary => $"macro-F1 {MacroF1:0.000} accuracy {Accuracy:0.000} (n {Count})";
}
