namespace NewsLens.Analyzers.Techniques;

/// <summary>Allocation-free 32-bit hashing of normalised words and feature templates (stable across runs and platforms).</summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>FNV-1a of the lower-cased word with every digit folded to '0' (so "2019" and "1984" share a feature).</summary>
    public static uint Word(ReadOnlySpan<char> word)
    {
        uint h = Offset;
        foreach (char c in word)
        {
            char n = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            if (n is '\u2019' or '\u2018') n = '\''; // why: curly and straight apostrophes are the same word
            h = (h ^ n) * Prime;
        }
        return h;
    }

    /// <summary>Hash of the last <paramref name="n"/> characters of the normalised word.</summary>
    public static uint Suffix(ReadOnlySpan<char> word, int n) => Word(word.Length > n ? word[^n..] : word) ^ 0x5bd1e995u;

    public static uint Mix(uint a, uint b)
    {
        uint h = a ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
        h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
        return h;
    }

    public static int Index(uint template, uint value, int mask) => (int)(Mix(template * 0x27d4eb2fu + 1, value) & (uint)mask);

    public static int Index(uint template, uint a, uint b, int mask) => (int)(Mix(Mix(template * 0x27d4eb2fu + 1, a), b) & (uint)mask);
}
