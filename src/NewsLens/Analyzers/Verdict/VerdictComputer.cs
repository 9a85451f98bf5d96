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
    /// <param name="doc">the analysed article.</param>
    /// <param name="profile">its style profile.</param>
    /// <param name="head">the accurate pipeline's head, when the score is stacked on the encoder (<see cref="EncoderVerdictModel.Score"/>).</param>
    public double Probability(Document doc, StyleProfile profile, EncoderVerdictScore? head = null)
    {
        var terms = new TermCounts(model.Data.Terms.Length, doc.Tokens.Count);
        try
        {
            CountTerms(doc, terms, withOccurrences: false);
            return Calibrate(Margin(terms.Text(model.Data.Idf, out _), profile.CoreVector(), head, out _), head);
        }
        finally { terms.Release(); }
    }

    /// <summary>The verdict without its explanation: probability, label and margin only.</summary>
    public ArticleVerdict ComputeUnexplained(Document doc, StyleProfile profile, EncoderVerdictScore? head = null)
    {
        var terms = new TermCounts(model.Data.Terms.Length, doc.Tokens.Count);
        try
        {
            CountTerms(doc, terms, withOccurrences: false);
            double margin = Margin(terms.Text(model.Data.Idf, out _), profile.CoreVector(), head, out _);
            double p = Calibrate(margin, head);
            return new ArticleVerdict(Math.Round(p, 4), p >= _options.Threshold ? ArticleVerdict.HyperpartisanLabel : ArticleVerdict.NotHyperpartisanLabel,
                Math.Round(margin, 4), [], [], []);
        }
        finally { terms.Release(); }
    }

    private double Calibrate(double margin, EncoderVerdictScore? head)
    {
        double p = head is null ? model.Calibrate(margin) : head.Model.Calibrate(margin);
        return _options.Prior is { } prior ? model.AdjustToPrior(p, prior) : p;
    }

    /// <summary>The verdict with its reasons and sentences.</summary>
    /// <param name="doc">the analysed article.</param>
    /// <param name="profile">its style profile.</param>
    /// <param name="head">the accurate pipeline's head, when the score is stacked on the encoder (<see cref="EncoderVerdictModel.Score"/>).</param>
    public ArticleVerdict Compute(Document doc, StyleProfile profile, EncoderVerdictScore? head = null)
    {
        var terms = new TermCounts(model.Data.Terms.Length, doc.Tokens.Count);
        try
        {
            CountTerms(doc, terms, withOccurrences: true);
            return Explain(doc, profile, terms, head);
        }
        finally { terms.Release(); }
    }

    private ArticleVerdict Explain(Document doc, StyleProfile profile, TermCounts terms, EncoderVerdictScore? head)
    {
        var d = model.Data;
        var style = profile.CoreVector();
        var text = terms.Text(d.Idf, out var tf);
        double margin = Margin(text, style, head, out var featureContrib);
        double p = Calibrate(margin, head);
        double termScale = head?.TextWeight ?? 1;
        // From here on the scratch array maps a term index to its position in text.Indices.
        var position = terms.Scratch;
        for (int i = 0; i < text.Indices.Length; i++) position[text.Indices[i]] = i;

        // Rank every contribution first (cheap), then describe only the strongest: the top reasons by absolute
        // contribution, ties by name (ordinal), then by candidate order, kept in a small sorted buffer. Only features a
        // reader can check are candidates (ReadableReasons); names are found at description time, so the buffer is twice
        // as long as the list.
        int topN = Math.Max(0, _options.TopReasons);
        var best = new Candidate[2 * topN];
        int bestCount = 0, order = 0;
        for (int i = 0; i < text.Indices.Length; i++)
        {
            double c = termScale * d.TextWeights[text.Indices[i]] * text.Values[i];
            if (c != 0 && (!_options.ReadableOnly || ReadableReasons.IsReadablePhrase(d.Terms[text.Indices[i]])))
                Offer(best, ref bestCount, new(c, i, FeatureKind.Term, order++, d.Terms[text.Indices[i]]));
        }
        var featureNames = head is null ? StyleFeatureCatalog.Core.Select(f => f.Name).ToArray() : head.Model.SignalNames;
        for (int k = 0; k < featureContrib.Length; k++)
            if (featureContrib[k] != 0 && (!_options.ReadableOnly || !ReadableReasons.LengthFeatures.Contains(featureNames[k])))
                Offer(best, ref bestCount, new(featureContrib[k], k, head is null ? FeatureKind.Style : FeatureKind.Signal, order++, featureNames[k]));
        var occurrences = terms.Occurrences!;
        var top = new List<VerdictReason>(topN);
        for (int r = 0; r < bestCount && top.Count < topN; r++)
        {
            var (c, f, kind, _, _) = best[r];
            if (kind == FeatureKind.Term)
            {
                int j = text.Indices[f];
                int n = tf[f];
                var all = new List<TextSpan>();
                foreach (var o in occurrences)
                    if (o.Term == j && !o.Span.IsEmpty) all.Add(o.Span);
                if (_options.ReadableOnly && ReadableReasons.IsName(doc, all)) continue;
                var examples = all.Take(3).ToList();
                if (VerdictTerms.IsClusterTerm(d.Terms[j]))
                {
                    var words = examples.Select(e => doc[e].ToLowerInvariant()).Distinct().Select(w => $"\"{w}\"");
                    top.Add(new VerdictReason(d.Terms[j], "term",
                        $"uses {n} word{(n == 1 ? "" : "s")} of one word cluster learned from news ({string.Join(", ", words)}; training articles: {d.TermMeanCount[j].ToString("0.##", CultureInfo.InvariantCulture)} on average)",
                        n, Math.Round(d.TermMeanCount[j], 4), Math.Round(c, 4), examples));
                    continue;
                }
                bool inTitle = d.Terms[j].StartsWith(VerdictTerms.TitlePrefix, StringComparison.Ordinal);
                string shown = inTitle ? d.Terms[j][VerdictTerms.TitlePrefix.Length..] : d.Terms[j];
                top.Add(new VerdictReason(d.Terms[j], "term",
                    $"{(inTitle ? "the title uses" : "uses")} \"{shown}\" {n} time{(n == 1 ? "" : "s")} (training articles: {d.TermMeanCount[j].ToString("0.##", CultureInfo.InvariantCulture)} on average)",
                    n, Math.Round(d.TermMeanCount[j], 4), Math.Round(c, 4), examples));
            }
            else if (kind == FeatureKind.Style)
            {
                var info = StyleFeatureCatalog.Core[f];
                string dir = style[f] > d.StyleMean[f] ? "above" : "below";
                top.Add(new VerdictReason(info.Name, "style",
                    $"{info.Description}: {Fmt(style[f])}, {dir} the training average {Fmt(d.StyleMean[f])}",
                    style[f], Math.Round(d.StyleMean[f], 4), Math.Round(c, 4), profile.Features[f].Examples));
            }
            else
            {
                var signal = head!.Signals[f];
                double mean = head.Model.SignalMean[f];
                string dir = signal.Value > mean ? "above" : "below";
                top.Add(new VerdictReason(signal.Name, SignalKind(signal.Name),
                    $"{signal.Description}: {Fmt(signal.Value)}, {dir} the training average {Fmt(mean)}",
                    Math.Round(signal.Value, 4), Math.Round(mean, 4), Math.Round(c, 4), signal.Examples));
            }
        }

        var sentences = RankSentences(doc, tf, text, occurrences, position, termScale, head?.SentenceShares);
        var table = new List<StyleComparison>(style.Length);
        for (int k = 0; k < style.Length; k++)
        {
            var info = StyleFeatureCatalog.Core[k];
            table.Add(new StyleComparison(info.Name, info.Description, style[k], Math.Round(d.StyleMean[k], 4),
                Math.Round(d.MainstreamMean[k], 4), Math.Round(d.HyperpartisanMean[k], 4),
                Math.Round(VerdictVectors.Z(style[k], d.MainstreamMean[k], d.MainstreamStd[k]), 3)));
        }
        return new ArticleVerdict(Math.Round(p, 4), p >= _options.Threshold ? ArticleVerdict.HyperpartisanLabel : ArticleVerdict.NotHyperpartisanLabel,
            Math.Round(margin, 4), top, sentences, table);
    }

    // The reason kind of an encoder-head signal: what a reader looks for in the text.
    private static string SignalKind(string name) => name switch
    {
        "loadedPhraseRate" or "otherTechniqueRate" => "techniques",
        "unattributedClaimRate" => "claims",
        "attributionRate" or "namedSourceShare" or "topSourceShare" => "sourcing",
        _ => "style",
    };

    private enum FeatureKind { Term, Style, Signal }

    private readonly record struct Candidate(double Contribution, int Feature, FeatureKind Kind, int Order, string Name);

    /// <summary>Inserts a candidate into the buffer of the strongest ones, kept sorted best first.</summary>
    private static void Offer(Candidate[] best, ref int count, Candidate c)
    {
        if (best.Length == 0) return;
        if (count == best.Length && !Before(c, best[count - 1])) return;
        int at = count < best.Length ? count++ : count - 1;
        while (at > 0 && Before(c, best[at - 1])) { best[at] = best[at - 1]; at--; }
        best[at] = c;
    }

    private static bool Before(Candidate a, Candidate b)
    {
        int cmp = Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution));
        if (cmp != 0) return cmp < 0;
        cmp = string.CompareOrdinal(a.Name, b.Name);
        if (cmp != 0) return cmp < 0;
        return a.Order < b.Order;
    }

    private const int MaxPooledOccurrences = 1 << 17;

    private readonly record struct Occurrence(int Term, int Sentence, TextSpan Span);

    /// <summary>
    /// Term counts of one document in a per-thread scratch array indexed by term (zero outside a call), the distinct
    /// terms in first-seen order, and optionally every occurrence in text order.
    /// </summary>
    private sealed class TermCounts
    {
        [ThreadStatic] private static int[]? t_scratch;
        [ThreadStatic] private static List<Occurrence>? t_occurrences;

        public int[] Scratch;
        public int[] Seen;
        public int SeenCount;
        public List<Occurrence>? Occurrences;

        public TermCounts(int termCount, int tokenCount)
        {
            var s = t_scratch;
            t_scratch = null; // why: a nested call on the same thread gets its own array
            Scratch = s is not null && s.Length >= termCount ? s : new int[termCount];
            Seen = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Min(termCount, 2 * tokenCount + 8) + 1);
            SeenCount = 0;
            Occurrences = null;
        }

        public void Add(int term)
        {
            if (Scratch[term]++ == 0)
            {
                if (SeenCount == Seen.Length)
                {
                    var bigger = System.Buffers.ArrayPool<int>.Shared.Rent(Seen.Length * 2);
                    Seen.AsSpan(0, SeenCount).CopyTo(bigger);
                    System.Buffers.ArrayPool<int>.Shared.Return(Seen);
                    Seen = bigger;
                }
                Seen[SeenCount++] = term;
            }
        }

        /// <summary>Unit-length tf-idf values sorted by term index, and the counts in the same order.</summary>
        public (int[] Indices, float[] Values) Text(float[] idf, out int[] tf)
        {
            var idx = Seen.AsSpan(0, SeenCount).ToArray();
            tf = new int[idx.Length];
            for (int i = 0; i < idx.Length; i++) tf[i] = Scratch[idx[i]];
            return VerdictVectors.Text(idx, tf, idf);
        }

        /// <summary>Starts recording occurrences, in a per-thread list reused across calls.</summary>
        public void UseOccurrences(int capacity)
        {
            var list = t_occurrences ?? new List<Occurrence>(capacity);
            t_occurrences = null;
            list.Clear();
            list.EnsureCapacity(capacity);
            Occurrences = list;
        }

        public void Release()
        {
            if (Occurrences is { } occ && occ.Capacity <= MaxPooledOccurrences)
            {
                occ.Clear();
                t_occurrences = occ;
            }
            Occurrences = null;
            for (int i = 0; i < SeenCount; i++) Scratch[Seen[i]] = 0;
            t_scratch = Scratch;
            System.Buffers.ArrayPool<int>.Shared.Return(Seen);
        }
    }

    private void CountTerms(Document doc, TermCounts terms, bool withOccurrences)
    {
        if (withOccurrences) terms.UseOccurrences(2 * doc.Tokens.Count);
        var mask = model.Outlets.With([doc.Metadata.SiteName, doc.Metadata.Url, doc.Metadata.CanonicalUrl]);
        VerdictTerms.Visit(doc, mask, model.Boilerplate, new CountingVisitor(model, terms).Visit);
    }

    private sealed class CountingVisitor(VerdictModel model, TermCounts terms)
    {
        private readonly bool _titles = model.TitleFeatures;
        public TermCounts Terms { get; } = terms;

        public void Visit(ReadOnlySpan<char> term, int sentence, TextSpan span)
        {
            if (_titles && sentence < 0)
            {
                int t = model.TermIndex(VerdictTerms.TitlePrefix + term.ToString());
                if (t >= 0) Terms.Add(t);
            }
            var (j, jc) = model.Lookup(term);
            if (jc >= 0)
            {
                Terms.Add(jc);
                Terms.Occurrences?.Add(new Occurrence(jc, sentence, span));
            }
            if (j < 0) return;
            Terms.Add(j);
            Terms.Occurrences?.Add(new Occurrence(j, sentence, span));
        }
    }

    // The fast model's margin (bias + terms + style), or with a head the stacked one (TextWeight × (bias + terms) + Rest).
    // The per-feature contributions are the style features' (fast) or the head's signals'.
    private double Margin((int[] Indices, float[] Values) text, double[] style, EncoderVerdictScore? head, out double[] featureContrib)
    {
        var d = model.Data;
        double z = TermSum(text);
        if (head is not null)
        {
            featureContrib = head.SignalContributions;
            return head.TextWeight * z + head.Rest;
        }
        featureContrib = new double[style.Length];
        for (int k = 0; k < style.Length; k++)
        {
            featureContrib[k] = d.StyleWeights[k] * VerdictVectors.Z(style[k], d.StyleMean[k], d.StyleStd[k]) * d.StyleScale;
            z += featureContrib[k];
        }
        return z;
    }

    /// <summary>The fast model's term margin alone (bias + tf-idf terms, no style): what the encoder head stacks on.</summary>
    public double TermMargin(Document doc)
    {
        var terms = new TermCounts(model.Data.Terms.Length, doc.Tokens.Count);
        try
        {
            CountTerms(doc, terms, withOccurrences: false);
            return TermSum(terms.Text(model.Data.Idf, out _));
        }
        finally { terms.Release(); }
    }

    // Bias plus the tf-idf terms' contributions.
    private double TermSum((int[] Indices, float[] Values) text)
    {
        var d = model.Data;
        double z = d.Bias;
        for (int i = 0; i < text.Indices.Length; i++) z += d.TextWeights[text.Indices[i]] * text.Values[i];
        return z;
    }

    // Each sentence's share of the margin: its terms' contributions (each term's shared equally among its occurrences,
    // times the head's text weight) plus, with the encoder head, its share of the vector part.
    private List<VerdictSentence> RankSentences(Document doc, int[] tf, (int[] Indices, float[] Values) text,
        List<Occurrence> occurrences, int[] position, double termScale, double[]? shares)
    {
        var d = model.Data;
        var perOccurrence = new double[text.Indices.Length];
        for (int i = 0; i < text.Indices.Length; i++)
            perOccurrence[i] = termScale * d.TextWeights[text.Indices[i]] * text.Values[i] / tf[i];
        int n = doc.Sentences.Count;
        var sums = new double[n];
        // Occurrences come in text order, so each sentence's are one run [first, last).
        var first = new int[n];
        var last = new int[n];
        var scored = new bool[n];
        for (int k = 0; k < occurrences.Count; k++)
        {
            var o = occurrences[k];
            if (o.Sentence < 0) continue;
            if (last[o.Sentence] == 0) first[o.Sentence] = k;
            last[o.Sentence] = k + 1;
            scored[o.Sentence] = true;
            sums[o.Sentence] += perOccurrence[position[o.Term]];
        }
        if (shares is not null)
            for (int i = 0; i < n && i < shares.Length; i++)
                if (shares[i] != 0) { sums[i] += shares[i]; scored[i] = true; }
        var pos = new List<int>();
        var neg = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (!scored[i]) continue;
            if (sums[i] > 0) pos.Add(i);
            else if (sums[i] < 0) neg.Add(i);
        }
        pos.Sort((a, b) => sums[a] != sums[b] ? sums[b].CompareTo(sums[a]) : a.CompareTo(b));
        neg.Sort((a, b) => sums[a] != sums[b] ? sums[a].CompareTo(sums[b]) : a.CompareTo(b));
        var acc = new double[perOccurrence.Length];
        var touched = new bool[perOccurrence.Length];
        var result = new List<VerdictSentence>(Math.Min(pos.Count, _options.TopSentencesFor) + Math.Min(neg.Count, _options.TopSentencesAgainst));
        for (int r = 0; r < pos.Count && r < _options.TopSentencesFor; r++) result.Add(Make(pos[r], 1));
        for (int r = 0; r < neg.Count && r < _options.TopSentencesAgainst; r++) result.Add(Make(neg[r], -1));
        return result;

        VerdictSentence Make(int index, int sign)
        {
            // Per-term sums over the sentence, kept by position in text.Indices (sorted by term index).
            var distinct = new List<int>();
            for (int k = first[index]; k < last[index]; k++)
            {
                int at = position[occurrences[k].Term];
                if (!touched[at]) { touched[at] = true; acc[at] = 0; distinct.Add(at); }
                acc[at] += perOccurrence[at];
            }
            var picked = new List<int>(distinct.Count);
            foreach (int at in distinct)
            {
                touched[at] = false;
                if (Math.Sign(acc[at]) == sign) picked.Add(at);
            }
            // Strongest first, ties by term index; only words a reader can judge (no function-word pairs, numbers, names).
            picked.Sort((a, b) => Math.Abs(acc[a]) != Math.Abs(acc[b]) ? Math.Abs(acc[b]).CompareTo(Math.Abs(acc[a])) : a.CompareTo(b));
            var names = new List<string>(3);
            foreach (int at in picked)
            {
                if (names.Count == 3) break;
                int term = text.Indices[at];
                string name = d.Terms[term];
                var spans = new List<TextSpan>();
                for (int k = first[index]; k < last[index]; k++)
                    if (occurrences[k].Term == term && !occurrences[k].Span.IsEmpty) spans.Add(occurrences[k].Span);
                // why: a cluster term means nothing to a reader; show the sentence's word that stood for it
                if (VerdictTerms.IsClusterTerm(name))
                {
                    if (spans.Count == 0) continue;
                    name = doc[spans[0]].ToLowerInvariant();
                }
                if (!ReadableReasons.IsReadablePhrase(name) || ReadableReasons.IsName(doc, spans) || names.Contains(name)) continue;
                names.Add(name);
            }
            return new(index, doc.Sentences[index].Span, Math.Round(sums[index], 4), names);
        }
    }

    private static string Fmt(double v) => v.ToString(Math.Abs(v) >= 10 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
