namespace NewsLens.Stories;

/// <summary>
/// Finds near-duplicates among added texts by locality-sensitive hashing of their MinHash signatures (16 bands of 4
/// places: pairs at Jaccard 0.8 meet in a band with probability above 0.999, pairs at 0.3 with about 0.12), then keeps
/// candidates whose estimated similarity reaches the threshold. Not thread-safe; one index per ingest.
/// </summary>
public sealed class NearDuplicateIndex
{
    private const int Bands = 16;
    private const int Rows = MinHash.Length / Bands;
    private readonly Dictionary<ulong, List<int>> _buckets = [];
    private readonly List<(string Id, uint[] Signature)> _items = [];

    /// <param name="threshold">Least estimated Jaccard similarity of 5-word shingles for a near-duplicate, in (0, 1].</param>
    public NearDuplicateIndex(double threshold = 0.8)
    {
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "must be in (0, 1]");
        Threshold = threshold;
    }

    public double Threshold { get; }

    public int Count => _items.Count;

    /// <summary>Adds a text's signature and returns the earlier items it near-duplicates, most similar first.</summary>
    public IReadOnlyList<NearDuplicate> Add(string id, uint[] signature)
    {
        var found = Query(signature);
        int index = _items.Count;
        _items.Add((id, signature));
        for (int b = 0; b < Bands; b++)
        {
            ulong key = BandKey(signature, b);
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(index);
        }
        return found;
    }

    /// <summary>The added items <paramref name="signature"/> near-duplicates, most similar first (ties by order added).</summary>
    public IReadOnlyList<NearDuplicate> Query(uint[] signature)
    {
        var seen = new HashSet<int>();
        var found = new List<(int Index, double Similarity)>();
        for (int b = 0; b < Bands; b++)
        {
            if (!_buckets.TryGetValue(BandKey(signature, b), out var list)) continue;
            foreach (int i in list)
            {
                if (!seen.Add(i)) continue;
                double s = MinHash.Similarity(signature, _items[i].Signature);
                if (s >= Threshold) found.Add((i, s));
            }
        }
        return [.. found.OrderByDescending(f => f.Similarity).ThenBy(f => f.Index).Select(f => new NearDuplicate(_items[f.Index].Id, f.Similarity))];
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        ulong h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (int r = 0; r < Rows; r++) h = MinHash.Mix(h ^ signature[band * Rows + r]);
        return h;
    }
}

/// <summary>An earlier text that a new one near-duplicates, with the estimated Jaccard similarity of their shingles.</summary>
public sealed record NearDuplicate(string Id, double Similarity);
