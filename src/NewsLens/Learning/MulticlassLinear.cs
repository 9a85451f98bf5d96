namespace NewsLens.Learning;

/// <summary>Class scores of a multiclass linear model over a sparse row: one shared loop for training and scoring.</summary>
public static class MulticlassLinear
{
    /// <summary>For each class k, <c>bias[k] + Σ weights[k][idx[i]] · val[i]</c>.</summary>
    public static double[] Scores(float[][] weights, float[] bias, int[] idx, float[] val)
    {
        var z = new double[bias.Length];
        for (int k = 0; k < z.Length; k++)
        {
            double s = bias[k];
            var wk = weights[k];
            for (int i = 0; i < idx.Length; i++) s += wk[idx[i]] * val[i];
            z[k] = s;
        }
        return z;
    }
}
