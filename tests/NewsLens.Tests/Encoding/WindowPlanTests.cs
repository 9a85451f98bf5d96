using NewsLens.Encoders;

namespace NewsLens.Tests.Encoders;

public sealed class WindowPlanTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(254)]
    [InlineData(255)]
    [InlineData(446)]
    [InlineData(447)]
    [InlineData(1000)]
    [InlineData(5003)]
    public void Every_piece_takes_its_vector_from_a_full_window_that_contains_it_as_centrally_as_any(int pieces)
    {
        var plan = WindowPlan.Create(pieces, content: 254, stride: 192);
        for (int w = 0; w < plan.Starts.Length; w++)
            Assert.Equal(Math.Min(254, pieces), plan.Counts[w]);
        for (int p = 0; p < pieces; p++)
        {
            int w = plan.Owner[p];
            Assert.InRange(p, plan.Starts[w], plan.Starts[w] + plan.Counts[w] - 1);
            int centrality = Math.Min(p - plan.Starts[w], plan.Starts[w] + plan.Counts[w] - 1 - p);
            for (int v = 0; v < plan.Starts.Length; v++)
                if (p >= plan.Starts[v] && p < plan.Starts[v] + plan.Counts[v])
                    Assert.True(Math.Min(p - plan.Starts[v], plan.Starts[v] + plan.Counts[v] - 1 - p) <= centrality, $"piece {p}: window {v} is more central than {w}");
        }
    }
}
