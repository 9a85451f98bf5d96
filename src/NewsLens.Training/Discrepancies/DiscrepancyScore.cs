using NewsLens.Analyzers.Discrepancies;

namespace NewsLens.Training.Discrepancies;

/// <summary>
/// Flag-level scores over spec cases: a raised flag matching an expected one (same kind, and the quoted words in its
/// values) is a true positive, an expected flag left unmatched a false negative, any other raised flag (every flag on
/// a faithful retelling among them) a false positive. Also case-level: distorted cases fully caught, faithful cases clean.
/// </summary>
public sealed class DiscrepancyScore
{
    private readonly Dictionary<DiscrepancyKind, (int Tp, int Fp, int Fn)> _byKind = [];

    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int DistortedCases { get; private set; }
    public int DistortedCaught { get; private set; }
    public int FaithfulCases { get; private set; }
    public int FaithfulClean { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Per kind: true positives, false positives (flags of that kind raised wrongly) and false negatives.</summary>
    public IReadOnlyDictionary<DiscrepancyKind, (int Tp, int Fp, int Fn)> ByKind => _byKind;

    /// <summary>Scores one case; returns the expectations missed and the flags raised wrongly.</summary>
    public (List<ExpectedFlag> Missed, List<Discrepancy> Spurious) Add(DiscrepancyCase c, IReadOnlyList<Discrepancy> flags)
    {
        var (missed, spurious) = Match(c.Expected, flags);
        int tp = c.Expected.Count - missed.Count;
        TruePositives += tp;
        FalseNegatives += missed.Count;
        FalsePositives += spurious.Count;
        foreach (var e in c.Expected) Bump(e.Kind, tp: missed.Contains(e) ? 0 : 1, fn: missed.Contains(e) ? 1 : 0);
        foreach (var f in spurious) Bump(f.Kind, fp: 1);
        if (c.Faithful) { FaithfulCases++; if (flags.Count == 0) FaithfulClean++; }
        else { DistortedCases++; if (missed.Count == 0) DistortedCaught++; }
        return (missed, spurious);
    }

    /// <summary>Greedy one-to-one matching of expected to raised flags.</summary>
    public static (List<ExpectedFlag> Missed, List<Discrepancy> Spurious) Match(IReadOnlyList<ExpectedFlag> expected, IReadOnlyList<Discrepancy> flags)
    {
        var left = flags.ToList();
        var missed = new List<ExpectedFlag>();
        foreach (var e in expected)
        {
            int k = left.FindIndex(f => f.Kind == e.Kind && Has(f.ArticleValue, e.Article) && Has(f.SourceValue, e.Source));
            if (k < 0) missed.Add(e);
            else left.RemoveAt(k);
        }
        return (missed, left);
    }

    private static bool Has(string value, string? wanted) => wanted is null || value.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    private void Bump(DiscrepancyKind kind, int tp = 0, int fp = 0, int fn = 0)
    {
        var (a, b, c) = _byKind.GetValueOrDefault(kind);
        _byKind[kind] = (a + tp, b + fp, c + fn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
