using NewsLens.Training.Lean;

namespace NewsLens.Tests.Training.Lean;

public class OutletNullspaceTests
{
    // Feature 0 tells the classes apart; feature 1 tells outlets of the same class apart; feature 2 is noise-free zero.
    private static readonly (int[] Indices, float[] Values)[] Rows =
    [
        ([0, 1], [1f, 2f]), ([0, 1], [1f, 2f]),   // outlet a, class 0
        ([0, 1], [1f, -2f]), ([0, 1], [1f, -2f]), // outlet b, class 0
        ([0, 1], [-1f, 3f]), ([0, 1], [-1f, 3f]), // outlet c, class 1
        ([0, 1], [-1f, -3f]), ([0, 1], [-1f, -3f]), // outlet d, class 1
    ];
    private static readonly string[] Hosts = ["a", "a", "b", "b", "c", "c", "d", "d"];
    private static readonly int[] Labels = [0, 0, 0, 0, 1, 1, 1, 1];

    [Fact]
    public void The_direction_that_tells_outlets_of_one_lean_apart_is_found_and_the_lean_direction_is_kept()
    {
        var basis = OutletNullspace.Directions(Rows, Hosts, Labels, 3, count: 2);
        var v = Assert.Single(basis); // the deviations span one direction only
        Assert.Equal(1.0, Math.Abs(v[1]), 6);
        Assert.Equal(0.0, v[0], 6);
        var projected = OutletNullspace.Project(Rows[0], basis, 3);
        Assert.Equal([1f, 0f, 0f], projected.Values.Select(x => (float)Math.Round(x, 5)));
    }

    [Fact]
    public void Weights_folded_through_the_projection_score_raw_rows_as_the_weights_scored_projected_rows()
    {
        var basis = OutletNullspace.Directions(Rows, Hosts, Labels, 3, count: 1);
        float[][] w = [[0.5f, 0.7f, -0.2f], [-0.3f, 0.1f, 0.9f]];
        var folded = OutletNullspace.Fold(w, basis);
        foreach (var row in Rows)
        {
            var p = OutletNullspace.Project(row, basis, 3);
            for (int k = 0; k < 2; k++)
            {
                double onProjected = p.Indices.Sum(j => w[k][j] * p.Values[j]);
                double foldedOnRaw = row.Indices.Select((j, i) => folded[k][j] * row.Values[i]).Sum();
                Assert.Equal(onProjected, foldedOnRaw, 4);
            }
        }
    }
}
