using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Aligns each article sentence with the source sentence that tells the same thing: a tf-idf cosine over content-word
/// stems (idf from the source's sentences), averaged with the encoder's sentence-vector cosine when both documents
/// carry vectors. Sentences scoring under <see cref="DiscrepancyOptions.MinAlignment"/> stay unaligned.
/// </summary>
internal static class SentenceAligner
{
    public static List<SentenceAlignment> Align(DocumentView article, DocumentView source, DiscrepancyOptions options, out bool usedVectors)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in source.Words)
            foreach (var w in words.Distinct()) df[w] = df.GetValueOrDefault(w) + 1;
        int n = source.Words.Count;
        double Idf(string w) => Math.Log(1 + (n + 1.0) / (df.GetValueOrDefault(w) + 0.5));
        var sourceVectors = source.Words.Select(w => Weigh(w, Idf)).ToList();
        var av = options.UseVectors ? Vectors(article.Doc) : null;
        var sv = options.UseVectors ? Vectors(source.Doc) : null;
        usedVectors = av is not null && sv is not null && av.Dimension == sv.Dimension;
        var result = new List<SentenceAlignment>();
        double Distance(int i, int j) => Math.Abs((double)i / Math.Max(1, article.Words.Count) - (double)j / Math.Max(1, n));
        for (int i = 0; i < article.Words.Count; i++)
        {
            var a = Weigh(article.Words[i], Idf);
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < sourceVectors.Count; j++)
            {
                double score = Cosine(a, sourceVectors[j]);
                if (usedVectors) score = (score + Math.Max(0, Dot(av![i], sv![j]))) / 2;
                // why: a quote the source holds word for word outweighs the frame around it (who said it, and how)
                score += 0.5 * source.QuoteShare(article, i, j);
                // why: a tie (a sentence the source repeats) goes to the one at the nearer relative position
                if (score > bestScore + 1e-9 || score > bestScore - 1e-9 && best >= 0 && Distance(i, j) < Distance(i, best)) { bestScore = Math.Max(score, bestScore); best = j; }
            }
            if (best >= 0 && bestScore >= options.MinAlignment) result.Add(new SentenceAlignment(i, best, Math.Round(Math.Min(1, bestScore), 4)));
        }
        return result;
    }

    private static VectorTable? Vectors(Document doc) => doc.Has(VectorLayers.Sentences) ? doc.GetSingle(VectorLayers.Sentences) : null;

    private static Dictionary<string, double> Weigh(List<string> words, Func<string, double> idf)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words) v[w] = v.GetValueOrDefault(w) + idf(w);
        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (k, x) in a) { na += x * x; if (b.TryGetValue(k, out var y)) dot += x * y; }
        foreach (var y in b.Values) nb += y * y;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double s = 0;
        for (int k = 0; k < a.Length; k++) s += a[k] * b[k];
        return s;
    }
}
