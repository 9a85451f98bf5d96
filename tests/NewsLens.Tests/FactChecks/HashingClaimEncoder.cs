using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

/// <summary>
/// A deterministic stand-in for the sentence encoder: each content term adds a fixed pseudo-random direction, so texts
/// sharing terms get high cosines. Lets matching tests run without the ONNX model.
/// </summary>
internal sealed class HashingClaimEncoder : IClaimEncoder
{
    public string Key => "hashing-test-encoder";
    public int Dimension => 32;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(Vector)];

    private float[] Vector(string text)
    {
        var v = new float[Dimension];
        foreach (var term in MatchText.Terms(text))
        {
            var rng = new Random(StableHash(term));
            for (int k = 0; k < v.Length; k++) v[k] += (float)(rng.NextDouble() * 2 - 1);
        }
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        if (norm > 0) for (int k = 0; k < v.Length; k++) v[k] /= norm;
        return v;
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (char c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }
}
