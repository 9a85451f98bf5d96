using NewsLens.Training.Learning;

namespace NewsLens.Tests.Training.Learning;

public sealed class GradientBoostedTreesTests
{
    [Fact]
    public void Trees_fit_an_exclusive_or_that_no_linear_model_can()
    {
        // why: label = a XOR b, never linearly separable; b is skewed so that a greedy first split finds some gain.
        var rows = new List<float>();
        var labels = new List<byte>();
        var rng = new Random(3);
        for (int i = 0; i < 400; i++)
        {
            float a = rng.Next(2), b = rng.NextDouble() < 0.8 ? 1 : 0;
            rows.AddRange([a, b, (float)rng.NextDouble()]);
            labels.Add((byte)((int)a ^ (int)b));
        }
        var weights = Enumerable.Repeat(1f, labels.Count).ToArray();
        var e = GradientBoostedTrees.Train(rows.ToArray(), labels.Count, 3, labels.ToArray(), weights, new(Trees: 30, Depth: 2, LearningRate: 0.3));
        var model = new NewsLens.Ingest.Html.BlockModel(e.Depth, e.Base, e.Features, e.Thresholds, e.Leaves, 0);
        // why: a BlockModel reads rows as wide as the block features; pad the three test columns.
        float Margin(float a, float b)
        {
            var row = new float[NewsLens.Ingest.Html.BlockFeatures.Width];
            row[0] = a; row[1] = b; row[2] = 0.5f;
            return model.Margin(row);
        }
        Assert.True(Margin(0, 0) < 0 && Margin(1, 1) < 0, "equal inputs should score as label 0");
        Assert.True(Margin(0, 1) > 0 && Margin(1, 0) > 0, "different inputs should score as label 1");
    }
}
