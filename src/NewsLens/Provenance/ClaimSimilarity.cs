using NewsLens.FactChecks;

namespace NewsLens.Provenance;

/// <summary>
/// How alike two claim sentences are: the cosine of their content terms (<see cref="MatchText.Terms"/>) weighted by
/// inverse document frequency over a collection of claims, so shared rare words (names, places, figures) count and
/// shared common ones barely do. Immutable and thread-safe.
/// </summary>
public sealed class ClaimSimilarity
{
    private readonly Dictionary<string, int> _df;
    private readonly int _n;

    /// <param name="collection">every claim's terms, to weigh the words.</param>
    public ClaimSimilarity(IEnumerable<IReadOnlyList<string>> collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        _df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in collection)
        {
            _n++;
            foreach (var t in terms.Distinct(StringComparer.Ordinal)) _df[t] = _df.GetValueOrDefault(t) + 1;
        }
    }

    // why: when a claim was made ("last year", "on Monday") is not what it says; two claims sharing only their dates
    // and a common verb are not the same claim
    private static readonly HashSet<string> TimeWords = new([
        "year", "month", "week", "day", "last", "next", "ago", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "said", "say", "told",
    ], StringComparer.Ordinal);

    /// <summary>The idf-weighted term vector of one claim, unit length (empty for a claim without content terms); time words and reporting verbs are left out.</summary>
    public Dictionary<string, double> Weigh(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms.Where(t => !TimeWords.Contains(t))) v[t] = v.GetValueOrDefault(t) + Math.Log(1 + (_n + 1.0) / (_df.GetValueOrDefault(t) + 0.5));
        double norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0) foreach (var k in v.Keys.ToList()) v[k] /= norm;
        return v;
    }

    /// <summary>Cosine of two unit vectors from <see cref="Weigh"/>, in [0, 1].</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count > b.Count) (a, b) = (b, a);
        double dot = 0;
        foreach (var (k, x) in a) if (b.TryGetValue(k, out var y)) dot += x * y;
        return Math.Clamp(dot, 0, 1);
    }
}
