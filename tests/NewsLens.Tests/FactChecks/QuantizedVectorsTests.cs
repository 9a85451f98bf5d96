using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class QuantizedVectorsTests
{
    private static float[] Unit(Random rng, int dim)
    {
        var v = Enumerable.Range(0, dim).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        float n = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / n)];
    }

    [Theory]
    [InlineData(384)]
    [InlineData(37)]
    public void Cosines_are_within_a_hundredth_of_the_float_cosines(int dim)
    {
        var rng = new Random(5);
        var rows = Enumerable.Range(0, 50).Select(_ => Unit(rng, dim)).ToArray();
        var vectors = QuantizedVectors.FromRows(rows, dim);
        var query = Unit(rng, dim);
        var q = vectors.Prepare(query);
        var all = new float[rows.Length];
        vectors.CosineAll(q, all);
        for (int i = 0; i < rows.Length; i++)
        {
            float exact = rows[i].Zip(query, (a, b) => a * b).Sum();
            Assert.InRange(vectors.Cosine(i, q), exact - 0.01f, exact + 0.01f);
            Assert.Equal(vectors.Cosine(i, q), all[i]);
        }
    }

    [Fact]
    public void A_zero_row_has_cosine_zero_with_anything()
    {
        var vectors = QuantizedVectors.FromRows([new float[8], [1, 0, 0, 0, 0, 0, 0, 0]], 8);
        var q = vectors.Prepare([1, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(0, vectors.Cosine(0, q));
        Assert.InRange(vectors.Cosine(1, q), 0.99f, 1.01f);
    }
}
