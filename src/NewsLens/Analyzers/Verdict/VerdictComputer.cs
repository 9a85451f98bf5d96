using System.Globalization;
using NewsLens.Analyzers.Style;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Scores one document with a <see cref="VerdictModel"/> and explains the score: the margin is a sum of
/// per-feature contributions (weight × feature value), which are ranked into reasons; each term's contribution is
/// shared equally among its occurrences, and summing those per sentence ranks the sentences. Thread-safe.
/// </summary>
public sealed class VerdictComputer(VerdictModel model, VerdictScorerOptions? options = null)
{
    private readonly VerdictScorerOptions _options = options ?? new VerdictScorerOptions();

    public VerdictModel Model => model;

    /// <summary>Only the calibrated probability (no explanation); the fast path for bulk classification.</summary>
    public double Probability(Document doc, StyleProfile profile)
    {
        var (counts, _) = CountTerms(doc, withOccurrences: false);
        return model.Calibrate(Margin(counts, profile.CoreVector(), out _, out _));
    }

    public ArticleVerdict Compute(Document doc, StyleProfile profile)
    {
        var d = model.Data;
        var style = profile.CoreVector();
        var (counts, occurrences) = CountTerms(doc, withOccurrences: true);
        double margin = Margin(counts, style, out var text, out var styleContrib);
        double p = model.Calibrate(margin);

        // Rank every contribution first (cheap), then describe only the strongest.
        var candidates = new List<(double Contribution, int Feature, bool IsTerm)>(text.Indices.Length + style.Length);
        for (int i = 0; i < text.Indices.Length; i++)
        {
            double c = d.TextWeights[text.Indices[i]] * text.Values[i];
            if (c != 0) candidates.Add((c, i, true));
        }
        for (int k = 0; k < style.Length; k++)
            if (styleContrib[k] != 0) candidates.Add((styleContrib[k], k, false));
        var chosen = candidates
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .ThenBy(c => c.IsTerm ? d.Terms[text.Indices[c.Feature]] : StyleFeatureCatalog.Core[c.Feature].Name, StringComparer.Ordinal)
            .Take(_options.TopReasons).ToList();
        var top = new List<VerdictReason>(chosen.Count);
        foreach (var (c, f, isTerm) in chosen)
        {
            if (isTerm)
            {
                int j = text.Indices[f];
                int n = counts[j];
                var examples = occurrences!.Where(o => o.Term == j && !o.Span.IsEmpty).Take(3).Select(o => o.Span).ToList();
                bool inTitle = d.Terms[j].StartsWith(VerdictTerms.TitlePrefix, StringComparison.Ordinal);
                string shown = inTitle ? d.Terms[j][VerdictTerms.TitlePrefix.Length..] : d.Terms[j];
                top.Add(new VerdictReason(d.Terms[j], "term",
                    $"{(inTitle ? "the title uses" : "uses")} \"{shown}\" {n} time{(n == 1 ? "" : "s")} (training articles: {d.TermMeanCount[j].ToString("0.##", CultureInfo.InvariantCulture)} on average)",
                    n, Math.Round(d.TermMeanCount[j], 4), Math.Round(c, 4), examples));
            }
            else
            {
                var info = StyleFeatureCatalog.Core[f];
                string dir = style[f] > d.StyleMean[f] ? "above" : "below";
                top.Add(new VerdictReason(info.Name, "style",
                    $"{info.Description}: {Fmt(style[f])}, {dir} the training average {Fmt(d.StyleMean[f])}",
                    style[f], Math.Round(d.StyleMean[f], 4), Math.Round(c, 4), profile.Features[f].Examples));
            }
        }

        var sentences = RankSentences(doc, counts, text, occurrences!);
        var table = new List<StyleComparison>(style.Length);
        for (int k = 0; k < style.Length; k++)
        {
            var info = StyleFeatureCatalog.Core[k];
            table.Add(new StyleComparison(info.Name, info.Description, style[k], Math.Round(d.StyleMean[k], 4),
                Math.Round(d.MainstreamMean[k], 4), Math.Round(d.HyperpartisanMean[k], 4),
                Math.Round(VerdictVectors.Z(style[k], d.MainstreamMean[k], d.MainstreamStd[k]), 3)));
        }
        return new ArticleVerdict(Math.Round(p, 4), p >= _options.Threshold ? ArticleVerdict.HyperpartisanLabel : ArticleVerdict.NotHyperpartisanLabel,
            Math.Round(margin, 4), ReliabilityOfStyleScorer.Score(style, d), top, sentences, table);
    }

    private readonly record struct Occurrence(int Term, int Sentence, TextSpan Span);

    private (Dictionary<int, int> Counts, List<Occurrence>? Occurrences) CountTerms(Document doc, bool withOccurrences)
    {
        var counts = new Dictionary<int, int>();
        var occ = withOccurrences ? new List<Occurrence>() : null;
        var mask = model.Outlets.With([doc.Metadata.SiteName, doc.Metadata.Url, doc.Metadata.CanonicalUrl]);
        bool titles = model.TitleFeatures;
        VerdictTerms.Visit(doc, mask, model.Boilerplate, (term, sentence, span) =>
        {
            if (titles && sentence < 0)
            {
                int t = model.TermIndex(VerdictTerms.TitlePrefix + term.ToString());
                if (t >= 0) counts[t] = counts.GetValueOrDefault(t) + 1;
            }
            int j = model.TermIndex(term);
            if (j < 0) return;
            counts[j] = counts.GetValueOrDefault(j) + 1;
            occ?.Add(new Occurrence(j, sentence, span));
        });
        return (counts, occ);
    }

    private double Margin(Dictionary<int, int> counts, double[] style, out (int[] Indices, float[] Values) text, out double[] styleContrib)
    {
        var d = model.Data;
        text = VerdictVectors.Text(counts, d.Idf);
        double z = d.Bias;
        for (int i = 0; i < text.Indices.Length; i++) z += d.TextWeights[text.Indices[i]] * text.Values[i];
        styleContrib = new double[style.Length];
        for (int k = 0; k < style.Length; k++)
        {
            styleContrib[k] = d.StyleWeights[k] * VerdictVectors.Z(style[k], d.StyleMean[k], d.StyleStd[k]) * d.StyleScale;
            z += styleContrib[k];
        }
        return z;
    }

    private List<VerdictSentence> RankSentences(Document doc, Dictionary<int, int> counts, (int[] Indices, float[] Values) text, List<Occurrence> occurrences)
    {
        var d = model.Data;
        var perOccurrence = new Dictionary<int, double>(text.Indices.Length);
        for (int i = 0; i < text.Indices.Length; i++)
            perOccurrence[text.Indices[i]] = d.TextWeights[text.Indices[i]] * text.Values[i] / counts[text.Indices[i]];
        var sums = new double[doc.Sentences.Count];
        var seen = new bool[doc.Sentences.Count];
        foreach (var o in occurrences)
        {
            if (o.Sentence < 0) continue;
            sums[o.Sentence] += perOccurrence[o.Term];
            seen[o.Sentence] = true;
        }
        var order = Enumerable.Range(0, sums.Length).Where(i => seen[i]).ToArray();
        var pos = order.Where(i => sums[i] > 0).OrderByDescending(i => sums[i]).ThenBy(i => i).Take(_options.TopSentencesFor);
        var neg = order.Where(i => sums[i] < 0).OrderBy(i => sums[i]).ThenBy(i => i).Take(_options.TopSentencesAgainst);
        VerdictSentence Make(int index, int sign)
        {
            var terms = new Dictionary<int, double>();
            foreach (var o in occurrences)
                if (o.Sentence == index) terms[o.Term] = terms.GetValueOrDefault(o.Term) + perOccurrence[o.Term];
            return new(index, doc.Sentences[index].Span, Math.Round(sums[index], 4),
                [.. terms.Where(t => Math.Sign(t.Value) == sign).OrderByDescending(t => Math.Abs(t.Value)).ThenBy(t => t.Key).Take(3).Select(t => d.Terms[t.Key])]);
        }
        return [.. pos.Select(i => Make(i, 1)), .. neg.Select(i => Make(i, -1))];
    }

    private static string Fmt(double v) => v.ToString(Math.Abs(v) >= 10 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
