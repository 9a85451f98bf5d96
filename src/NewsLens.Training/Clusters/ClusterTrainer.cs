using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Training.Clusters;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabeled text: positive PMI of each vocabulary word with the words one and
/// two places to its left and right (context counts smoothed by the 0.75 power), a randomised truncated SVD of that
/// matrix (Halko, Martinsson and Tropp 2011), unit-length word vectors, then k-means (k-means++ seeding) at each of
/// three granularities. Deterministic for a given corpus order and seed.
/// </summary>
public sealed class ClusterTrainer(ClusterTrainerOptions options, Action<string>? log = null)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private readonly List<int[]> _docs = [];

    /// <summary>Tokenises one text (the repository's segmenter, word tokens lower-cased) and keeps its word ids.</summary>
    public void Add(string text)
    {
        var doc = Document.Create(text);
        var ids = new List<int>(doc.Tokens.Count);
        Span<char> buf = stackalloc char[64];
        foreach (var t in doc.TokenSpan)
        {
            if (t.Kind != TokenKind.Word || t.Span.Length > 40) { ids.Add(-1); continue; }
            var s = doc.AsSpan(t.Span);
            int n = s.ToLowerInvariant(buf);
            var key = buf[..n];
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out int id))
            {
                id = _words.Count;
                string w = key.ToString();
                _ids[w] = id;
                _words.Add(w);
                _counts.Add(0);
            }
            _counts[id]++;
            ids.Add(id);
        }
        _docs.Add([.. ids]);
    }

    public long Tokens => _docs.Sum(d => (long)d.Length);

    public List<(string Word, int[] Ids)> Train()
    {
        var order = Enumerable.Range(0, _words.Count).Where(i => _counts[i] >= options.MinCount)
            .OrderByDescending(i => _counts[i]).ThenBy(i => _words[i], StringComparer.Ordinal).ToArray();
        var vocab = order.Take(options.Vocabulary).ToArray();
        var contexts = order.Take(options.Contexts).ToArray();
        var row = new int[_words.Count];
        var col = new int[_words.Count];
        Array.Fill(row, -1);
        Array.Fill(col, -1);
        for (int i = 0; i < vocab.Length; i++) row[vocab[i]] = i;
        for (int i = 0; i < contexts.Length; i++) col[contexts[i]] = i;
        int V = vocab.Length, C = contexts.Length, D = 4 * C;
        log?.Invoke($"clusters: {Tokens:N0} tokens, {_words.Count:N0} word types; vocabulary {V:N0}, contexts {C:N0} x 4 positions");

        // Co-occurrence counts, one sparse row per vocabulary word (offsets -2, -1, +1, +2 kept apart).
        var rows = new Dictionary<int, float>[V];
        for (int i = 0; i < V; i++) rows[i] = [];
        int[] offsets = [-2, -1, 1, 2];
        foreach (var d in _docs)
            for (int i = 0; i < d.Length; i++)
            {
                if (d[i] < 0 || row[d[i]] < 0) continue;
                var r = rows[row[d[i]]];
                for (int k = 0; k < 4; k++)
                {
                    int j = i + offsets[k];
                    if (j < 0 || j >= d.Length || d[j] < 0 || col[d[j]] < 0) continue;
                    int c = k * C + col[d[j]];
                    r[c] = r.GetValueOrDefault(c) + 1;
                }
            }
        // Positive PMI with context smoothing.
        var rowSum = rows.Select(r => r.Values.Sum(x => (double)x)).ToArray();
        var colSum = new double[D];
        foreach (var r in rows) foreach (var (c, x) in r) colSum[c] += x;
        double total = rowSum.Sum();
        var colP = colSum.Select(x => Math.Pow(x, 0.75)).ToArray();
        double colTotal = colP.Sum();
        var csr = new (int[] Cols, float[] Vals)[V];
        for (int i = 0; i < V; i++)
        {
            var cols = new List<int>();
            var vals = new List<float>();
            foreach (var (c, x) in rows[i].OrderBy(kv => kv.Key))
            {
                double pmi = Math.Log(x / rowSum[i] / (colP[c] / colTotal));
                if (pmi > 0) { cols.Add(c); vals.Add((float)pmi); }
            }
            csr[i] = ([.. cols], [.. vals]);
            rows[i] = null!;
        }
        log?.Invoke($"clusters: PPMI matrix {V:N0} x {D:N0}, {csr.Sum(r => (long)r.Cols.Length):N0} non-zero");

        var vectors = RandomizedSvd.LeftVectors(csr, D, options.Dimensions, options.Seed, log);
        foreach (var v in vectors) Normalize(v);
        var ids = new int[V][];
        for (int i = 0; i < V; i++) ids[i] = new int[WordClusters.Levels];
        int[] ks = [options.CoarseK, options.MediumK, options.FineK];
        for (int level = 0; level < ks.Length; level++)
        {
            var assign = KMeans.Cluster(vectors, Math.Min(ks[level], V), options.KMeansIterations, options.Seed + level);
            for (int i = 0; i < V; i++) ids[i][level] = assign[i];
            log?.Invoke($"clusters: k-means with k = {ks[level]} done");
        }
        return [.. Enumerable.Range(0, V).Select(i => (_words[vocab[i]], ids[i]))];
    }

    private static void Normalize(float[] v)
    {
        double n = 0;
        foreach (var x in v) n += x * x;
        if (n <= 0) return;
        float inv = (float)(1 / Math.Sqrt(n));
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }
}

/// <summary>Settings of <see cref="ClusterTrainer"/>.</summary>
public sealed record ClusterTrainerOptions
{
    public int Vocabulary { get; init; } = 30_000;
    public int Contexts { get; init; } = 1_000;
    public int MinCount { get; init; } = 5;
    public int Dimensions { get; init; } = 100;
    public int CoarseK { get; init; } = 64;
    public int MediumK { get; init; } = 256;
    public int FineK { get; init; } = 1024;
    public int KMeansIterations { get; init; } = 12;
    public int Seed { get; init; } = 2024;
}
