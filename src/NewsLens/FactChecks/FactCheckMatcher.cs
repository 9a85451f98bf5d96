using System.Buffers;

namespace NewsLens.FactChecks;

/// <summary>
/// Ranks verified claims for a query in two stages: BM25 and the sentence vectors each name their best
/// <see cref="FactCheckMatcherOptions.FirstStageDepth"/> claims, then the <see cref="FactCheckReRanker"/> (when given,
/// and when the query has a vector) orders the merged candidates. Thread-safe: it keeps no state between calls.
/// </summary>
public sealed class FactCheckMatcher
{
    // why: the rows beyond the re-ranked candidates must sort below every probability in [0, 1]
    private const double BelowCandidates = 10;

    private readonly IFactCheckIndex _index;
    private readonly FactCheckReRanker? _reRanker;
    private readonly FactCheckMatcherOptions _options;
    // why: a claim's terms, numbers and names are computed once, the first time it is a candidate (racing writers store equal values)
    private readonly ClaimProfile?[] _profiles;

    /// <param name="index">the verified claims.</param>
    /// <param name="reRanker">the second stage, or null to rank by the first-stage fusion alone.</param>
    /// <param name="options">the first stage (default: the one the re-ranker was trained behind, else the defaults).</param>
    /// <exception cref="InvalidOperationException">when the re-ranker was trained on another encoder than the index's vectors.</exception>
    public FactCheckMatcher(IFactCheckIndex index, FactCheckReRanker? reRanker = null, FactCheckMatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        _options = options ?? reRanker?.MatcherOptions ?? new FactCheckMatcherOptions();
        _options.Validate();
        if (reRanker is not null && index.EncoderKey is { } key && reRanker.EncoderKey != key)
            throw new InvalidOperationException($"{FactCheckReRanker.FileName} was trained on encoder {reRanker.EncoderKey[..12]}..., the index's vectors come from {key[..Math.Min(12, key.Length)]}...; re-import the index or retrain the re-ranker");
        _index = index;
        _reRanker = reRanker;
        _profiles = new ClaimProfile?[index.Count];
    }

    public IFactCheckIndex Index => _index;

    /// <summary>SHA-256 of the re-ranker's model file, when one is loaded from a file.</summary>
    public string? ReRankerSha256 => _reRanker?.Sha256;

    /// <summary>Whether a query with a vector is re-ranked (a re-ranker is loaded and the index has vectors).</summary>
    public bool ReRanks => _reRanker is not null && _index.ClaimVectors is not null;

    /// <summary>The best <paramref name="top"/> claims for <paramref name="query"/>, best first (ties by row).</summary>
    public IReadOnlyList<FactCheckHit> Match(MatchQuery query, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var ranked = new List<FactCheckHit>();
        Visit(query, top, (stages, maxBm25, maxCos, fused) =>
        {
            if (ReRanks && query.Vector.Length > 0)
            {
                var x = new float[MatchFeatures.Count];
                foreach (var s in stages)
                {
                    MatchFeatures.Fill(query, Profile(s.Row), s, maxBm25, maxCos, x);
                    ranked.Add(new FactCheckHit(s.Row, _reRanker!.Score(x), s.Bm25, s.CosClaim, true));
                }
                Sort(ranked);
                if (ranked.Count > top) ranked.RemoveRange(top, ranked.Count - top);
                else if (ranked.Count < top) ranked.AddRange(fused(top - ranked.Count, [.. ranked.Select(h => h.Row)]).Select(h => h with { Score = h.Score - BelowCandidates }));
            }
            else ranked.AddRange(fused(top, []));
        });
        return ranked;
    }

    /// <summary>
    /// The first-stage candidates of <paramref name="query"/> with their features, for training the re-ranker: each
    /// candidate's stage facts and its <see cref="MatchFeatures"/> row.
    /// </summary>
    public IReadOnlyList<(MatchFeatures.Stage Stage, float[] Features)> Candidates(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = new List<(MatchFeatures.Stage, float[])>();
        Visit(query, 1, (stages, maxBm25, maxCos, _) =>
        {
            foreach (var s in stages)
            {
                var x = new float[MatchFeatures.Count];
                MatchFeatures.Fill(query, Profile(s.Row), s, maxBm25, maxCos, x);
                result.Add((s, x));
            }
        });
        return result;
    }

    private ClaimProfile Profile(int row) => _profiles[row] ??= new ClaimProfile(_index.Claim(row));

    private delegate IEnumerable<FactCheckHit> Fused(int count, HashSet<int> except);

    private void Visit(MatchQuery query, int top, Action<List<MatchFeatures.Stage>, float, float, Fused> use)
    {
        int n = _index.Count;
        var bm25Buffer = ArrayPool<float>.Shared.Rent(Math.Max(n, 1));
        var cosBuffer = ArrayPool<float>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var bm25 = bm25Buffer.AsSpan(0, n);
            var cos = cosBuffer.AsSpan(0, n);
            bm25.Clear();
            cos.Clear();
            var touched = new List<int>();
            _index.Lexical.Score(query.Terms, bm25, touched);
            int depth = _options.FirstStageDepth;
            var lexicalBest = TopRows(touched, bm25Buffer, depth);
            float maxBm25 = lexicalBest.Count > 0 ? bm25[lexicalBest[0]] : 0;
            bool dense = query.Vector.Length > 0 && _index.ClaimVectors is not null;
            QuantizedVectors.Query? q = null;
            List<int> denseBest = [];
            if (dense)
            {
                q = _index.ClaimVectors!.Prepare(query.Vector);
                _index.ClaimVectors.CosineAll(q, cos);
                denseBest = TopRows(cos, depth);
            }
            float maxCos = denseBest.Count > 0 ? cos[denseBest[0]] : 0;
            var stages = new List<MatchFeatures.Stage>();
            var bm25Rank = lexicalBest.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
            var denseRank = denseBest.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
            var titleQuery = dense ? _index.TitleVectors?.Prepare(query.Vector) : null;
            var partQueries = dense ? query.PartVectors.Select(v => _index.ClaimVectors!.Prepare(v)).ToArray() : [];
            foreach (int row in lexicalBest.Concat(denseBest).Distinct())
            {
                float title = titleQuery is not null ? _index.TitleVectors!.Cosine(row, titleQuery) : 0;
                float part = cos[row];
                foreach (var pq in partQueries) part = Math.Max(part, _index.ClaimVectors!.Cosine(row, pq));
                stages.Add(new MatchFeatures.Stage(row, bm25[row], cos[row], title,
                    bm25Rank.GetValueOrDefault(row, -1), denseRank.GetValueOrDefault(row, -1), part));
            }
            float w = _options.LexicalWeight;
            Fused fused = (count, except) =>
            {
                var scores = new float[n];
                for (int r = 0; r < n; r++) scores[r] = cosBuffer[r] + (maxBm25 > 0 ? w * bm25Buffer[r] / maxBm25 : 0);
                var rows = TopRows(Enumerable.Range(0, n).Where(r => !except.Contains(r)), scores, count);
                return rows.Select(r => new FactCheckHit(r, scores[r], bm25Buffer[r], cosBuffer[r], false));
            };
            use(stages, maxBm25, maxCos, fused);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(bm25Buffer);
            ArrayPool<float>.Shared.Return(cosBuffer);
        }
    }

    // The k rows of highest score, best first, ties by row.
    private static List<int> TopRows(IEnumerable<int> rows, float[] scores, int k)
    {
        var best = new TopK(k);
        foreach (int r in rows) best.Offer(r, scores[r]);
        return best.Rows();
    }

    // why: a scan of 100,000 rows must cost little per row: one compare against the k-th best, rarely an insertion
    private static List<int> TopRows(ReadOnlySpan<float> scores, int k)
    {
        var best = new TopK(k);
        for (int r = 0; r < scores.Length; r++)
            if (scores[r] >= best.Threshold) best.Offer(r, scores[r]);
        return best.Rows();
    }

    // The best k (score, row) pairs seen, kept sorted by score descending, then row ascending, whatever the order offered.
    private sealed class TopK(int k)
    {
        private readonly float[] _scores = new float[k];
        private readonly int[] _rows = new int[k];
        private int _count;

        public float Threshold => _count < k ? float.NegativeInfinity : _scores[_count - 1];

        public void Offer(int row, float score)
        {
            if (_count == k && !Before(score, row, k - 1)) return;
            int at = _count < k ? _count++ : k - 1;
            while (at > 0 && Before(score, row, at - 1))
            {
                _scores[at] = _scores[at - 1];
                _rows[at] = _rows[at - 1];
                at--;
            }
            _scores[at] = score;
            _rows[at] = row;
        }

        public List<int> Rows() => [.. _rows.AsSpan(0, _count)];

        private bool Before(float score, int row, int i) => score > _scores[i] || (score == _scores[i] && row < _rows[i]);
    }

    private static void Sort(List<FactCheckHit> hits) =>
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
}
