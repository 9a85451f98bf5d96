using NewsLens.Training.Lean;
using NewsLens.Training.Learning;

namespace NewsLens.Tests.Training.Lean;

public sealed class LeanTrainingPiecesTests
{
    [Fact]
    public void The_multinomial_trainer_separates_three_classes_each_marked_by_its_own_feature()
    {
        var x = new List<(int[], float[])>();
        var y = new List<int>();
        for (int n = 0; n < 30; n++) { int c = n % 3; x.Add(([c, 3], [1f, 0.5f])); y.Add(c); }
        var m = MultinomialLogisticTrainer.Train(x, y, [.. Enumerable.Repeat(1.0, 30)], classes: 3, dimension: 4, lambda: 0.1);
        for (int c = 0; c < 3; c++)
        {
            var z = m.Logits([c, 3], [1f, 0.5f]);
            Assert.Equal(c, Array.IndexOf(z, z.Max()));
        }
    }

    [Fact]
    public void Temperature_scaling_cools_overconfident_scores_and_never_changes_the_top_class()
    {
        // Scores say class 0 with huge confidence, but it is right only 60% of the time.
        var logits = Enumerable.Range(0, 100).Select(_ => new double[] { 10, 0, 0 }).ToList();
        var gold = Enumerable.Range(0, 100).Select(i => i < 60 ? 0 : 1 + i % 2).ToList();
        double t = TemperatureScaling.Fit(logits, gold);
        Assert.True(t > 1, $"T = {t}");
        Assert.True(TemperatureScaling.LogLoss(logits, gold, t) < TemperatureScaling.LogLoss(logits, gold, 1));
        var p = NewsLens.Analyzers.Lean.LeanModel.Softmax(logits[0], t);
        Assert.Equal(0, Array.IndexOf(p, p.Max()));
        Assert.InRange(p[0], 0.55, 0.65);
    }

    [Fact]
    public void Macro_f1_is_the_mean_of_the_per_class_f1()
    {
        var m = MulticlassMetrics.Of([0, 0, 1, 1, 2, 2], [0, 1, 1, 1, 2, 0], ["left", "center", "right"]);
        Assert.Equal(4 / 6.0, m.Accuracy, 9);
        Assert.Equal(m.Classes.Average(c => c.F1), m.MacroF1, 12);
        Assert.Equal(2 / 3.0, m.Classes[1].Precision, 9);
        Assert.Equal(1.0, m.Classes[1].Recall, 9);
    }

    [Fact]
    public void Outlet_balance_gives_every_class_the_same_total_weight_and_a_big_outlet_less_per_article()
    {
        string[] hosts = ["big", "big", "big", "big", "small", "other", "other", "third"];
        int[] labels = [0, 0, 0, 0, 0, 1, 1, 2];
        int[] train = [0, 1, 2, 3, 4, 5, 6, 7];
        var w = LeanTrainer.Weights(train, hosts, labels, alpha: 1);
        for (int c = 0; c < 3; c++) Assert.Equal(train.Length / 3.0, train.Where(i => labels[i] == c).Sum(i => w[i]), 9);
        Assert.True(w[0] < w[4]);
        Assert.Equal(1.0, w.Average(), 9);
    }
}
