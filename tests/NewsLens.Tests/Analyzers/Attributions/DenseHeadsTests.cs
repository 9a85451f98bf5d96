using NewsLens.Analyzers.Attributions;
using NewsLens.Training.Attributions;
using NewsLens.Vectors;

namespace NewsLens.Tests.Analyzers.Attributions;

/// <summary>The standardisation the attribution model's dense heads are trained on (the shared <c>Standardizer</c>), and its folding into raw-vector weights.</summary>
public sealed class DenseHeadsTests
{
    private static readonly EncoderIdentity Source = new("test", new string('0', 64));

    private static VectorTable Table(Random rng, int rows, int dim, double offset, double spread)
    {
        var v = new float[rows * dim];
        for (int i = 0; i < v.Length; i++) v[i] = (float)(offset * (i % dim) + spread * (i % dim + 1) * (rng.NextDouble() - 0.5));
        return new VectorTable(v, dim, Source);
    }

    [Fact]
    public void Standardised_training_rows_have_zero_mean_and_the_chosen_spread()
    {
        var rng = new Random(3);
        var tables = new[] { Table(rng, 200, 6, 2, 3), Table(rng, 150, 6, 2, 3) };
        var inputs = DenseInputs.Fit(tables, scale: 0.5f);
        var z = tables.SelectMany(t => DenseInputs.Standardise(inputs, t)).ToArray();
        for (int d = 0; d < 6; d++)
        {
            var col = Enumerable.Range(0, 350).Select(r => (double)z[r * 6 + d]).ToArray();
            double mean = col.Average(), sd = Math.Sqrt(col.Select(x => (x - mean) * (x - mean)).Average());
            Assert.InRange(mean, -1e-4, 1e-4);
            Assert.InRange(sd, 0.5 - 1e-3, 0.5 + 1e-3);
        }
    }

    [Fact]
    public void Folded_heads_score_raw_vectors_as_the_learnt_weights_score_standardised_ones()
    {
        var rng = new Random(5);
        const int dim = 8;
        var table = Table(rng, 50, dim, 1.5, 4);
        var inputs = DenseInputs.Fit([table], scale: 0.1f);
        var z = DenseInputs.Standardise(inputs, table);
        var w = new float[AttributionDense.Heads * dim];
        for (int i = 0; i < w.Length; i++) w[i] = (float)(rng.NextDouble() * 2 - 1);
        var folded = DenseInputs.Fold(inputs, w);
        for (int head = 0; head < AttributionDense.Heads; head++)
            for (int row = 0; row < table.Count; row++)
            {
                double expected = 0;
                for (int d = 0; d < dim; d++) expected += w[head * dim + d] * z[row * dim + d];
                Assert.Equal(expected, folded.Score(head, table[row]), 3);
            }
    }

    [Fact]
    public void Heads_of_unequal_width_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AttributionDense(new float[AttributionDense.Heads * 4 + 1], new float[AttributionDense.Heads]));
        Assert.Throws<ArgumentException>(() => new AttributionDense(new float[AttributionDense.Heads * 4], new float[3]));
    }
}
