namespace NewsLens.Analyzers.Claims;

/// <summary>A reusable buffer of (index, value) feature pairs for one unit. Not thread-safe: one per thread.</summary>
public sealed class FeatureBuffer
{
    private int[] _idx = new int[256];
    private float[] _val = new float[256];

    public int Count { get; private set; }
    public ReadOnlySpan<int> Indices => _idx.AsSpan(0, Count);
    public ReadOnlySpan<float> Values => _val.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int index, float value)
    {
        if (Count == _idx.Length)
        {
            Array.Resize(ref _idx, Count * 2);
            Array.Resize(ref _val, Count * 2);
        }
        _idx[Count] = index;
        _val[Count] = value;
        Count++;
    }

    /// <summary>Multiplies every value by <paramref name="factor"/>.</summary>
    public void Scale(float factor)
    {
        for (int i = 0; i < Count; i++) _val[i] *= factor;
    }

    /// <summary>Copies the pairs out (duplicates kept: a model sums them).</summary>
    public (int[] Indices, float[] Values) ToArrays() => (Indices.ToArray(), Values.ToArray());
}
