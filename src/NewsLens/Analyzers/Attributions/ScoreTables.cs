namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Inference shortcut: the weights of small-domain features (buckets, shapes, flags) read once from the hashed table
/// into flat dense arrays, so decoding adds array entries instead of hashing. Gives exactly the sums the feature
/// functions in <see cref="AttributionFeatures"/> give. Immutable after construction; built from a trained model only.
/// Index helpers name the layout of each array (direction first).
/// </summary>
internal sealed class ScoreTables
{
    public const int Shapes = 22, Buckets = 10;

    // Content start.
    public readonly float[] S50 = new float[2 * Buckets];
    public readonly float[] S54 = new float[2 * 4 * 7];
    public readonly float[] S55 = new float[2 * 5 * Buckets];
    public readonly float[] S59 = new float[2 * 8 * Buckets];
    public readonly float[] S61 = new float[2 * Shapes * Buckets];
    public readonly float[] S64 = new float[2 * Buckets * 7];
    // Content end.
    public readonly float[] E70 = new float[2 * Buckets];
    public readonly float[] E74 = new float[2 * 8 * 7];
    public readonly float[] E75 = new float[2 * 5 * Buckets];
    public readonly float[] E78 = new float[2 * 27];
    public readonly float[] E82 = new float[2 * Shapes * Buckets];
    public readonly float[] E84 = new float[2 * Buckets * 7];
    // Source pairs.
    public readonly float[] P20 = new float[2 * Buckets * Buckets];
    public readonly float[] P25 = new float[2 * Shapes * Shapes];
    public readonly float[] P26 = new float[2 * Shapes * Shapes];
    public readonly float[] P29 = new float[2 * 32];
    public readonly float[] P31 = new float[2 * 2 * Buckets];
    public readonly float[] P32 = new float[2 * 2 * 2];
    public readonly float[] P34 = new float[2 * Shapes * Buckets];

    public ScoreTables(float[] w)
    {
        static int M(int t, int a, int b = 0, int c = 0) => AttributionFeatures.Mix(t, a, b, c);
        int[] shapes = [.. Enumerable.Range(0, 14), 20, 21];
        for (int d = 0; d < 2; d++)
        {
            for (int b = 0; b < Buckets; b++)
            {
                S50[d * Buckets + b] = w[M(50, d, b)];
                E70[d * Buckets + b] = w[M(70, d, b)];
                for (int po = 0; po < 5; po++) { S55[I3(d, 5, po, Buckets, b)] = w[M(55, d, po - 2, b)]; E75[I3(d, 5, po, Buckets, b)] = w[M(75, d, po - 2, b)]; }
                for (int q = 0; q < 8; q++) S59[I3(d, 8, q, Buckets, b)] = w[M(59, d, q, b)];
                foreach (int s in shapes)
                {
                    int i = I3(d, Shapes, Sh(s), Buckets, b);
                    S61[i] = w[M(61, d, s, b)]; E82[i] = w[M(82, d, s, b)]; P34[i] = w[M(34, d, s, b)];
                }
                for (int so = 0; so < 7; so++) { S64[I3(d, Buckets, b, 7, so)] = w[M(64, d, b, so - 3)]; E84[I3(d, Buckets, b, 7, so)] = w[M(84, d, b, so - 3)]; }
                for (int l = 0; l < Buckets; l++) P20[I3(d, Buckets, b, Buckets, l)] = w[M(20, d, b, l)];
                for (int ss = 0; ss < 2; ss++) P31[I3(d, 2, ss, Buckets, b)] = w[M(31, d, ss, b)];
            }
            for (int f = 0; f < 4; f++) for (int so = 0; so < 7; so++) S54[I3(d, 4, f, 7, so)] = w[M(54, d * 16 + f, so - 3)];
            for (int f = 0; f < 8; f++) for (int so = 0; so < 7; so++) E74[I3(d, 8, f, 7, so)] = w[M(74, d * 16 + f, so - 3)];
            for (int c = 0; c < 27; c++) E78[d * 27 + c] = w[M(78, d, c)];
            foreach (int s1 in shapes)
                foreach (int s2 in shapes)
                {
                    P25[I3(d, Shapes, Sh(s1), Shapes, Sh(s2))] = w[M(25, d, s1, s2)];
                    P26[I3(d, Shapes, Sh(s1), Shapes, Sh(s2))] = w[M(26, d, s1, s2)];
                }
            for (int f = 0; f < 32; f++) P29[d * 32 + f] = w[M(29, d, f)];
            for (int q1 = 0; q1 < 2; q1++) for (int q2 = 0; q2 < 2; q2++) P32[I3(q1, 2, q2, 2, d)] = w[M(32, q1, q2, d)];
        }
    }

    /// <summary>Flat index of [x, y, z] in an array of shape [*, ny, nz].</summary>
    public static int I3(int x, int ny, int y, int nz, int z) => (x * ny + y) * nz + z;

    /// <summary>Dense index of a shape code (0..13, 20 before the text, 21 after it).</summary>
    public static int Sh(int s) => s < 14 ? s : s - 6;
}
