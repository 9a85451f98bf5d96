using NewsLens.Analyzers.Verdict;
using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// Scores one document with a <see cref="LeanModel"/>: the terms of the text (<see cref="VerdictTerms"/>, outlet names
/// of the model and of the article's own metadata masked, boilerplate skipped) as a unit-length tf-idf vector, three
/// class scores, calibrated probabilities. The reasons are the showable terms (<see cref="LeanReasonFilter"/>) whose
/// contribution to the label's score, less their mean contribution to the other two, is largest. Thread-safe.
/// </summary>
public sealed class LeanComputer(LeanModel model, LeanScorerOptions? options = null)
{
    private readonly LeanScorerOptions _options = options ?? new LeanScorerOptions();

    public LeanModel Model => model;

    public ArticleLean Compute(Document doc) => Compute(doc, _options.Explain);

    public ArticleLean Compute(Document doc, bool explain)
    {
        var counts = new Dictionary<int, int>();
        var occurrences = explain ? new List<(int Term, TextSpan Span)>() : null;
        var mask = model.Outlets.With([doc.Metadata.SiteName, doc.Metadata.Url, doc.Metadata.CanonicalUrl]);
        VerdictTerms.Visit(doc, mask, model.Boilerplate, (term, _, span) =>
        {
            var (j, jc) = model.Lookup(term);
            if (jc >= 0) counts[jc] = counts.GetValueOrDefault(jc) + 1;
            if (j < 0) return;
            counts[j] = counts.GetValueOrDefault(j) + 1;
            if (!span.IsEmpty) occurrences?.Add((j, span));
        });
        var (idx, val) = VerdictVectors.Text(counts, model.Idf);
        var p = LeanModel.Softmax(model.Logits(idx, val), model.Temperature);
        int label = 0;
        for (int k = 1; k < p.Length; k++) if (p[k] > p[label]) label = k;
        var reasons = occurrences is null ? [] : Reasons(doc, idx, val, counts, occurrences, label);
        return new ArticleLean(Math.Round(p[0], 4), Math.Round(p[1], 4), Math.Round(p[2], 4), ArticleLean.Labels[label], reasons);
    }

    private List<LeanReason> Reasons(Document doc, int[] idx, float[] val, Dictionary<int, int> counts, List<(int Term, TextSpan Span)> occurrences, int label)
    {
        int classes = model.Weights.Length;
        var candidates = new List<(double Weight, int Term)>();
        for (int i = 0; i < idx.Length; i++)
        {
            int j = idx[i];
            double others = 0;
            for (int k = 0; k < classes; k++) if (k != label) others += model.Weights[k][j];
            double c = val[i] * (model.Weights[label][j] - others / (classes - 1));
            if (c > 0 && LeanReasonFilter.IsShowableTerm(model.Terms[j])) candidates.Add((c, j));
        }
        // Strongest first; ties by term (ordinal) so reports are deterministic.
        candidates.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(model.Terms[a.Term], model.Terms[b.Term]));
        var byTerm = occurrences.GroupBy(o => o.Term).ToDictionary(g => g.Key, g => g.Select(o => o.Span).ToList());
        var result = new List<LeanReason>();
        foreach (var (weight, j) in candidates)
        {
            if (result.Count >= _options.TopReasons) break;
            if (!byTerm.TryGetValue(j, out var spans) || LeanReasonFilter.IsProperNounOnly(doc, spans)) continue;
            result.Add(new LeanReason(model.Terms[j], doc[spans[0]], spans[0], counts[j], Math.Round(weight, 4),
                [.. spans.Take(Math.Max(1, _options.MaxSpansPerReason))]));
        }
        return result;
    }
}
