namespace NewsLens.FactChecks;

/// <summary>
/// An inverted index scored with Okapi BM25 (k1 1.2, b 0.75, the Lucene idf <c>ln(1 + (N - n + 0.5) / (n + 0.5))</c>)
/// over the content terms of <see cref="MatchText.Terms"/>. Immutable and thread-safe once built.
/// </summary>
public sealed class Bm25Index
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    private readonly Dictionary<string, int> _termIds;
    private readonly string[] _terms;
    private readonly int[][] _docs;
    private readonly ushort[][] _counts;
    private readonly int[] _lengths;
    private readonly float[] _idf;
    private readonly float _averageLength;

    private Bm25Index(string[] terms, int[][] docs, ushort[][] counts, int[] lengths)
    {
        _terms = terms;
        _docs = docs;
        _counts = counts;
        _lengths = lengths;
        _termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int t = 0; t < terms.Length; t++) _termIds[terms[t]] = t;
        _averageLength = lengths.Length == 0 ? 1 : Math.Max(1, (float)lengths.Average());
        _idf = [.. docs.Select(d => (float)Math.Log(1 + (lengths.Length - d.Length + 0.5) / (d.Length + 0.5)))];
    }

    /// <summary>Number of documents indexed.</summary>
    public int Count => _lengths.Length;

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => _terms.Length;

    /// <summary>Indexes documents given as their terms, document <c>i</c> at row <c>i</c>.</summary>
    public static Bm25Index Build(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<List<int>>();
        var counts = new List<List<ushort>>();
        var lengths = new int[documents.Count];
        var tf = new Dictionary<int, int>();
        for (int d = 0; d < documents.Count; d++)
        {
            tf.Clear();
            foreach (var term in documents[d])
            {
                if (!ids.TryGetValue(term, out int t))
                {
                    ids[term] = t = ids.Count;
                    docs.Add([]);
                    counts.Add([]);
                }
                tf[t] = tf.GetValueOrDefault(t) + 1;
            }
            lengths[d] = documents[d].Count;
            foreach (var (t, n) in tf.OrderBy(kv => kv.Key))
            {
                docs[t].Add(d);
                counts[t].Add((ushort)Math.Min(n, ushort.MaxValue));
            }
        }
        var terms = new string[ids.Count];
        foreach (var (term, t) in ids) terms[t] = term;
        return new Bm25Index(terms, [.. docs.Select(l => l.ToArray())], [.. counts.Select(l => l.ToArray())], lengths);
    }

    /// <summary>
    /// Adds the BM25 score of every document sharing a term with <paramref name="queryTerms"/> (each distinct term
    /// counted once) into <paramref name="scores"/> (length <see cref="Count"/>), and lists those documents in
    /// <paramref name="touched"/> (each once, in no set order).
    /// </summary>
    public void Score(IEnumerable<string> queryTerms, Span<float> scores, List<int> touched)
    {
        ArgumentNullException.ThrowIfNull(queryTerms);
        if (scores.Length != Count) throw new ArgumentException($"scores has {scores.Length} slots, the index {Count} documents", nameof(scores));
        foreach (var term in queryTerms.Distinct(StringComparer.Ordinal))
        {
            if (!_termIds.TryGetValue(term, out int t)) continue;
            float idf = _idf[t];
            var docs = _docs[t];
            var counts = _counts[t];
            for (int i = 0; i < docs.Length; i++)
            {
                int d = docs[i];
                float f = counts[i];
                float norm = K1 * (1 - B + B * _lengths[d] / _averageLength);
                if (scores[d] == 0) touched.Add(d);
                // why: the tiny floor keeps a document that scored 0 on a frequent term from being listed twice
                scores[d] += Math.Max(idf * f * (K1 + 1) / (f + norm), 1e-6f);
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(_lengths.Length);
        foreach (int l in _lengths) w.Write(l);
        w.Write(_terms.Length);
        for (int t = 0; t < _terms.Length; t++)
        {
            w.Write(_terms[t]);
            w.Write(_docs[t].Length);
            int previous = 0;
            foreach (int d in _docs[t])
            {
                w.Write7BitEncodedInt(d - previous); // why: gaps between sorted ids stay small, so the index file stays small
                previous = d;
            }
            foreach (ushort c in _counts[t]) w.Write7BitEncodedInt(c);
        }
    }

    /// <exception cref="InvalidDataException">when the counts are out of bounds.</exception>
    public static Bm25Index Read(BinaryReader r, int maxDocuments)
    {
        ArgumentNullException.ThrowIfNull(r);
        int n = r.ReadInt32();
        if (n < 0 || n > maxDocuments) throw new InvalidDataException($"BM25 document count {n} is out of bounds");
        var lengths = new int[n];
        for (int i = 0; i < n; i++) lengths[i] = r.ReadInt32();
        int termCount = r.ReadInt32();
        if (termCount < 0 || termCount > 100_000_000) throw new InvalidDataException($"BM25 term count {termCount} is out of bounds");
        var terms = new string[termCount];
        var docs = new int[termCount][];
        var counts = new ushort[termCount][];
        for (int t = 0; t < termCount; t++)
        {
            terms[t] = r.ReadString();
            int df = r.ReadInt32();
            if (df < 0 || df > n) throw new InvalidDataException($"BM25 postings of '{terms[t]}' are out of bounds");
            docs[t] = new int[df];
            int previous = 0;
            for (int i = 0; i < df; i++)
            {
                previous += r.Read7BitEncodedInt();
                if ((uint)previous >= (uint)n) throw new InvalidDataException($"BM25 posting of '{terms[t]}' names document {previous} of {n}");
                docs[t][i] = previous;
            }
            counts[t] = new ushort[df];
            for (int i = 0; i < df; i++) counts[t][i] = (ushort)r.Read7BitEncodedInt();
        }
        return new Bm25Index(terms, docs, counts, lengths);
    }
}
