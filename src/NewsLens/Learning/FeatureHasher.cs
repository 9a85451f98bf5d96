namespace NewsLens.Learning;

/// <summary>
/// Maps string features to indices in <c>[0, 2^bits)</c> with 32-bit FNV-1a. Stable across runs and platforms,
/// so a saved model keeps meaning the same features. Thread-safe (no state).
/// </summary>
public readonly struct FeatureHasher(int bits)
{
    public int Bits { get; } = bits is >= 4 and <= 28 ? bits : throw new ArgumentOutOfRangeException(nameof(bits));
    public int Size => 1 << Bits;

    public int Index(ReadOnlySpan<char> feature)
    {
        uint h = 2166136261;
        foreach (char c in feature)
        {
            h ^= c;
            h *= 16777619;
        }
        h ^= h >> 15; // why: FNV's low bits mix poorly; fold the high bits in before masking
        return (int)(h & (uint)(Size - 1));
    }

    /// <summary>Index of a feature made of a prefix and a value, without allocating the joined string.</summary>
    public int Index(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value)
    {
        uint h = 2166136261;
        foreach (char c in prefix) { h ^= c; h *= 16777619; }
        h ^= '='; h *= 16777619;
        foreach (char c in value) { h ^= c; h *= 16777619; }
        h ^= h >> 15;
        return (int)(h & (uint)(Size - 1));
    }
}
