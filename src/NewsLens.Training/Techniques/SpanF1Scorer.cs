using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>
/// The SemEval-2020 Task 11 SI measure: gold spans of an article that overlap are merged first; each (predicted,
/// gold) pair contributes |intersection| / |predicted| to precision and |intersection| / |gold| to recall; the sums are
/// divided by the number of predicted and gold spans. Predicted spans must not overlap one another. Offsets in any
/// one unit (code points for the official figures). Accumulates over articles; not thread-safe.
/// </summary>
public sealed class SpanF1Scorer
{
    private double _precSum, _recSum;
    private long _predicted, _gold;

    public void Add(IReadOnlyList<(int Start, int End)> predicted, IReadOnlyList<(int Start, int End)> gold)
    {
        var merged = Merge(gold);
        _predicted += predicted.Count;
        _gold += merged.Count;
        foreach (var p in predicted)
        {
            int pl = p.End - p.Start;
            if (pl <= 0) continue;
            foreach (var g in merged)
            {
                int inter = Math.Min(p.End, g.End) - Math.Max(p.Start, g.Start);
                if (inter <= 0) continue;
                _precSum += (double)inter / pl;
                _recSum += (double)inter / (g.End - g.Start);
            }
        }
    }

    public double Precision => _predicted == 0 ? 0 : _precSum / _predicted;
    public double Recall => _gold == 0 ? 0 : _recSum / _gold;
    public double F1 => Precision > 0 && Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
    public long PredictedCount => _predicted;
    public long GoldCount => _gold;

    /// <summary>Merges spans that share at least one position (touching spans stay apart, as in the official scorer).</summary>
    public static List<(int Start, int End)> Merge(IReadOnlyList<(int Start, int End)> spans)
    {
        var sorted = spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var result = new List<(int Start, int End)>(sorted.Count);
        foreach (var s in sorted)
        {
            if (result.Count > 0 && s.Start < result[^1].End)
                result[^1] = (result[^1].Start, Math.Max(result[^1].End, s.End));
            else result.Add(s);
        }
        return result;
    }
}
