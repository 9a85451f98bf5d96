namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Hashed binary features of one token for span identification: the word and its neighbours (±2), suffix and
/// shape, lexicon memberships of the token and its neighbours, sentence cues (!, ?, loaded-word density, length,
/// position), quotes, title, and how often the word recurs in the article.
/// </summary>
internal static class TokenFeaturizer
{
    private const uint Boundary = 0xB0B0B0B0u;

    public static void Features(ArticleFeatures a, int i, int mask, List<int> into)
    {
        var doc = a.Document;
        int s = a.SentenceOf[i];
        var sent = doc.Sentences[s];
        int first = sent.FirstToken, last = sent.FirstToken + sent.TokenCount - 1;
        uint W(int k) => k < first || k > last ? Boundary : a.Hash[k];
        uint Sh(int k) => k < first || k > last ? 9u : a.Shape[k];

        into.Add(FeatureHash.Index(0, 0, mask));
        uint w0 = a.Hash[i];
        into.Add(FeatureHash.Index(1, w0, mask));
        into.Add(FeatureHash.Index(2, W(i - 1), mask));
        into.Add(FeatureHash.Index(3, W(i + 1), mask));
        into.Add(FeatureHash.Index(4, W(i - 2), mask));
        into.Add(FeatureHash.Index(5, W(i + 2), mask));
        into.Add(FeatureHash.Index(6, W(i - 1), w0, mask));
        into.Add(FeatureHash.Index(7, w0, W(i + 1), mask));
        into.Add(FeatureHash.Index(8, a.Suffix[i], mask));
        into.Add(FeatureHash.Index(9, a.Shape[i], mask));
        into.Add(FeatureHash.Index(10, Sh(i - 1) * 16 + a.Shape[i], Sh(i + 1), mask));

        AddFlags(11, a.Lex[i], mask, into);
        if (i > first) AddFlags(12, a.Lex[i - 1], mask, into);
        if (i < last) AddFlags(12, a.Lex[i + 1], mask, into);
        if (a.Valence[i] != 0) into.Add(FeatureHash.Index(13, (uint)(int)MathF.Round(a.Valence[i]) + 8, mask));

        bool excl = a.SentenceExclamation[s], quest = a.SentenceQuestion[s];
        if (excl) into.Add(FeatureHash.Index(14, 1, mask));
        if (quest) into.Add(FeatureHash.Index(15, 1, mask));
        uint hits = (uint)Math.Min(a.SentenceLexHits[s], 4);
        into.Add(FeatureHash.Index(16, hits, mask));
        uint len = Bucket(sent.TokenCount);
        into.Add(FeatureHash.Index(17, len, mask));
        int pos = a.PositionInSentence[i];
        uint posB = pos == 0 ? 0u : pos == 1 ? 1u : pos <= 4 ? 2u : i == last ? 3u : i == last - 1 ? 4u : pos <= 10 ? 5u : 6u;
        into.Add(FeatureHash.Index(18, posB, mask));
        into.Add(FeatureHash.Index(19, posB * 8 + hits, len, mask));
        if (a.InQuote[i]) into.Add(FeatureHash.Index(20, 1, mask));
        if (a.SentenceParagraph[s] == 0) into.Add(FeatureHash.Index(21, 1, mask));
        int wc = a.WordCount[i];
        if (wc > 0)
        {
            uint wcB = wc == 1 ? 1u : wc == 2 ? 2u : wc <= 4 ? 3u : 4u;
            into.Add(FeatureHash.Index(22, wcB, a.Shape[i], mask));
        }
        int near = 0;
        for (int k = Math.Max(first, i - 3); k <= Math.Min(last, i + 3); k++)
            if (k != i && (a.Lex[k] & ArticleFeatures.HitFlags) != 0) near++;
        into.Add(FeatureHash.Index(23, (uint)Math.Min(near, 3), mask));
        into.Add(FeatureHash.Index(24, a.Hash[first], mask));
        int cues = a.SentenceCues[s];
        while (cues != 0)
        {
            int g = System.Numerics.BitOperations.TrailingZeroCount(cues);
            into.Add(FeatureHash.Index(26, (uint)g, mask));
            cues &= cues - 1;
        }
        into.Add(FeatureHash.Index(27, (uint)Math.Min(a.SentenceNegative[s], 4), hits, mask));
        if (a.InQuote[i]) into.Add(FeatureHash.Index(28, w0, mask));
        into.Add(FeatureHash.Index(25, a.Hash[last], (excl ? 1u : 0u) + (quest ? 2u : 0u), mask));
        {
            // why: clusters from unlabeled news let rare loaded words share weight with common ones used alike
            uint C(int k, int level) => k < first || k > last ? 0xC0C0u : (uint)Lexical.WordClusters.Unpack(a.Cluster[k], level);
            const int Fine = Lexical.WordClusters.Fine, Medium = Lexical.WordClusters.Medium;
            uint cm = C(i, Medium);
            into.Add(FeatureHash.Index(40, C(i, Fine), mask));
            into.Add(FeatureHash.Index(41, cm, mask));
            into.Add(FeatureHash.Index(42, C(i - 1, Medium), cm, mask));
        }
    }

    private static void AddFlags(uint template, Lexical.LexiconCategory flags, int mask, List<int> into)
    {
        uint f = (uint)flags;
        while (f != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(f);
            into.Add(FeatureHash.Index(template, (uint)bit, mask));
            f &= f - 1;
        }
    }

    internal static uint Bucket(int n) => n switch { <= 1 => 0, 2 => 1, 3 => 2, <= 5 => 3, <= 9 => 4, <= 19 => 5, <= 39 => 6, _ => 7 };
}
