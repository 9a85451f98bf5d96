namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Read-only map from a term to a pair of ints, keyed by the term's 64-bit FNV-1a hash in an open-addressing table:
/// a lookup hashes the characters once and compares one integer, with no string comparison. Two different terms with
/// the same 64-bit hash are rejected at construction; a term absent from the table matches a present one only if their
/// hashes collide (about one chance in 10^14 per lookup for the verdict's vocabulary). Immutable and thread-safe.
/// </summary>
internal sealed class TermTable
{
    private readonly ulong[] _keys;
    private readonly (int A, int B)[] _values;
    private readonly int _mask;

    public TermTable(IReadOnlyDictionary<string, (int A, int B)> entries)
    {
        int capacity = 16;
        while (capacity < entries.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _values = new (int, int)[capacity];
        _mask = capacity - 1;
        foreach (var (term, value) in entries)
        {
            ulong h = Hash(term);
            int i = (int)(h & (ulong)_mask);
            while (_keys[i] != 0)
            {
                if (_keys[i] == h) throw new ArgumentException($"terms collide on a 64-bit hash: '{term}'");
                i = (i + 1) & _mask;
            }
            _keys[i] = h;
            _values[i] = value;
        }
    }

    /// <summary>
    /// The lookup a linear text model needs: a term's own index in <paramref name="terms"/> (A) and, for a word, the index
    /// of its fine word cluster's term (B, when the model has cluster terms), each -1 when absent; so one lookup per
    /// visited term finds both.
    /// </summary>
    public static TermTable ForTerms(IReadOnlyList<string> terms)
    {
        var index = new Dictionary<string, (int Term, int Cluster)>(terms.Count, StringComparer.Ordinal);
        for (int i = 0; i < terms.Count; i++) index[terms[i]] = (i, -1);
        if (terms.Any(VerdictTerms.IsClusterTerm))
        {
            var clusterTerm = new int[4096];
            for (int c = 0; c < clusterTerm.Length; c++) clusterTerm[c] = index.TryGetValue(VerdictTerms.ClusterTerm(c), out var e) ? e.Term : -1;
            foreach (var (word, packed) in Lexical.WordClusters.Default.Entries)
            {
                int ct = clusterTerm[Lexical.WordClusters.Unpack(packed, Lexical.WordClusters.Fine)];
                if (ct < 0) continue;
                index[word] = (index.TryGetValue(word, out var e) ? e.Term : -1, ct);
            }
        }
        return new TermTable(index);
    }

    public bool TryGetValue(ReadOnlySpan<char> term, out (int A, int B) value)
    {
        ulong h = Hash(term);
        int i = (int)(h & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[i];
            if (k == h) { value = _values[i]; return true; }
            if (k == 0) { value = default; return false; }
            i = (i + 1) & _mask;
        }
    }

    private static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037;
        foreach (char c in s) { h ^= c; h *= 1099511628211; }
        h ^= h >> 29; // why: the table indexes with the low bits; fold the better-mixed high bits in
        return h == 0 ? 1 : h;
    }
}
