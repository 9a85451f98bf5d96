using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Hashed features of a candidate span for technique classification: its words and bigrams, edges, length,
/// context words, lexicon and cue-group hits inside and around it, repetition across the article, sentence
/// coverage, capitals, exclamation, question and quotes.
/// </summary>
internal static class SpanFeaturizer
{
    /// <summary>Tokens overlapping <paramref name="span"/>: [first, end). Empty when none.</summary>
    public static (int First, int End) TokenRange(Document doc, TextSpan span)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < tokens.Count && tokens[end].Start < span.End) end++;
        return (lo, end);
    }

    /// <summary>
    /// Places a span's word sequence is compared with at most (positions of its rarest word): past it the counts are
    /// those found so far. Hostile text of one word repeated would otherwise cost a scan of the article per span.
    /// </summary>
    public const int MaxOccurrenceChecks = 4096;

    /// <summary>Number of places in the article where the span's token sequence occurs, and how many of them come before it.</summary>
    public static (int Total, int Before) Occurrences(ArticleFeatures a, int first, int end)
    {
        int len = end - first;
        if (len <= 0) return (0, 0);
        var h = a.Hash;
        // why: every occurrence holds the span's rarest word at the same offset, so only that word's positions are
        // tried (the article was scanned whole for every span: spans x tokens)
        int anchor = first;
        var positions = a.PositionsOf(h[first]);
        for (int t = first + 1; t < end; t++)
        {
            WorkMeter.Add();
            var p = a.PositionsOf(h[t]);
            if (p.Count < positions.Count) { positions = p; anchor = t; }
        }
        int offset = anchor - first, total = 0, before = 0;
        for (int c = 0; c < positions.Count && c < MaxOccurrenceChecks; c++)
        {
            WorkMeter.Add();
            int j = positions[c] - offset;
            if (j < 0 || j + len > h.Length) continue;
            int k = 0;
            while (k < len && h[j + k] == h[first + k]) k++;
            if (k < len) continue;
            total++;
            if (j < first) before++;
        }
        return (total, before);
    }

    /// <summary>
    /// Facts about the other spans given with this one (a PTC template lists every span of the article): how many have
    /// the same words, how many contain it, how many it contains.
    /// </summary>
    public readonly record struct Siblings(int SameText, int ContainedBy, int Contains);

    /// <summary><see cref="Siblings"/> of every span in <paramref name="spans"/>.</summary>
    public static Siblings[] SiblingsOf(ArticleFeatures a, IReadOnlyList<TextSpan> spans)
    {
        var keys = new ulong[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var (first, end) = TokenRange(a.Document, spans[i]);
            ulong h = 1469598103934665603UL;
            for (int t = first; t < end; t++) h = (h ^ a.Hash[t]) * 1099511628211UL;
            keys[i] = h;
        }
        // why: every span was compared with every other (spans x spans). Same text is counted by key; containment
        // needs overlap, so with spans sorted by start (longest first) only the spans starting inside one are compared
        var byKey = new Dictionary<ulong, int>();
        var bySpan = new Dictionary<TextSpan, int>();
        for (int i = 0; i < spans.Count; i++)
        {
            byKey[keys[i]] = byKey.GetValueOrDefault(keys[i]) + 1;
            bySpan[spans[i]] = bySpan.GetValueOrDefault(spans[i]) + 1;
        }
        var order = Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Start).ThenByDescending(i => spans[i].End).ToArray();
        int[] by = new int[spans.Count], contains = new int[spans.Count];
        for (int x = 0; x < order.Length; x++)
        {
            var outer = spans[order[x]];
            for (int y = x + 1; y < order.Length && spans[order[y]].Start <= outer.End; y++)
            {
                WorkMeter.Add();
                var inner = spans[order[y]];
                if (inner == outer) continue;
                if (outer.Contains(inner)) { contains[order[x]]++; by[order[y]]++; }
                else if (inner.Contains(outer)) { contains[order[y]]++; by[order[x]]++; }
            }
        }
        var result = new Siblings[spans.Count];
        for (int i = 0; i < spans.Count; i++)
            result[i] = new Siblings(byKey[keys[i]] - bySpan[spans[i]], by[i], contains[i]);
        return result;
    }


    public static void Features(ArticleFeatures a, TextSpan span, int mask, List<int> into, Siblings siblings = default)
    {
        into.Add(FeatureHash.Index(150, (uint)Math.Min(siblings.SameText, 3), mask));
        into.Add(FeatureHash.Index(151, (uint)Math.Min(siblings.ContainedBy, 2), (uint)Math.Min(siblings.Contains, 2), mask));
        var doc = a.Document;
        var (first, end) = TokenRange(doc, span);
        into.Add(FeatureHash.Index(100, 0, mask));
        if (end <= first) { into.Add(FeatureHash.Index(101, 0, mask)); return; }
        int last = end - 1;
        int words = 0, hitWords = 0, capitalWords = 0, repeatedContent = 0, content = 0;
        uint flagsUnion = 0;
        int spanCues = 0;
        float maxVal = 0;
        bool allCaps = false, excl = false, quote = false;
        for (int i = first; i < end; i++)
        {
            into.Add(FeatureHash.Index(110, a.Hash[i], mask));
            into.Add(FeatureHash.Index(118, a.Suffix[i], mask));
            if (a.Cluster[i] != 0)
            {
                // why: word clusters from unlabeled news carry a rare technique's wording over to words used alike
                into.Add(FeatureHash.Index(160, (uint)Lexical.WordClusters.Unpack(a.Cluster[i], Lexical.WordClusters.Medium), mask));
                into.Add(FeatureHash.Index(161, (uint)Lexical.WordClusters.Unpack(a.Cluster[i], Lexical.WordClusters.Fine), mask));
            }
            if (i > first) into.Add(FeatureHash.Index(111, a.Hash[i - 1], a.Hash[i], mask));
            byte shape = a.Shape[i];
            if (shape <= ArticleFeatures.ShapeAllCaps)
            {
                words++;
                if (shape != ArticleFeatures.ShapeLower) capitalWords++;
                if (shape == ArticleFeatures.ShapeAllCaps) allCaps = true;
                flagsUnion |= (uint)a.Lex[i];
                if ((a.Lex[i] & ArticleFeatures.HitFlags) != 0) hitWords++;
                maxVal = Math.Max(maxVal, Math.Abs(a.Valence[i]));
                spanCues |= a.Cues[i];
                if (a.WordCount[i] > 0) { content++; if (a.WordCount[i] >= 2) repeatedContent++; }
            }
            else if (shape == ArticleFeatures.ShapeEndPunct && doc.Text[doc.Tokens[i].Start] == '!') excl = true;
            else if (shape == ArticleFeatures.ShapeQuote) quote = true;
        }
        uint whole = 0x811C9DC5u;
        for (int i = first; i < end; i++) whole = FeatureHash.Mix(whole, a.Hash[i]);
        into.Add(FeatureHash.Index(119, whole, mask));
        into.Add(FeatureHash.Index(112, a.Hash[first], mask));
        into.Add(FeatureHash.Index(113, a.Hash[last], mask));
        uint lenB = TokenFeaturizer.Bucket(end - first);
        into.Add(FeatureHash.Index(114, lenB, mask));
        into.Add(FeatureHash.Index(115, (uint)Math.Min(span.Length / 8, 24), mask));
        if (end - first == 1)
        {
            into.Add(FeatureHash.Index(116, a.Suffix[first], mask));
            into.Add(FeatureHash.Index(117, a.Shape[first], (uint)Math.Min(a.WordCount[first], 4), mask));
        }

        int s = a.SentenceOf[first];
        var sent = doc.Sentences[s];
        int sFirst = sent.FirstToken, sLast = sent.FirstToken + sent.TokenCount - 1;
        for (int k = 1; k <= 3; k++)
        {
            into.Add(FeatureHash.Index(120 + (uint)k, first - k >= 0 ? a.Hash[first - k] : 0u, mask));
            into.Add(FeatureHash.Index(124 + (uint)k, end - 1 + k < a.TokenCount ? a.Hash[end - 1 + k] : 0u, mask));
        }
        int contextCues = 0;
        for (int i = Math.Max(sFirst, first - 8); i < first; i++) { into.Add(FeatureHash.Index(128, a.Hash[i], mask)); contextCues |= a.Cues[i]; }
        for (int i = end; i <= Math.Min(sLast, end + 7); i++) { into.Add(FeatureHash.Index(129, a.Hash[i], mask)); contextCues |= a.Cues[i]; }
        if (end <= a.TokenCount - 1 && doc.Text[doc.Tokens[end].Start] == '!') excl = true;

        uint f = flagsUnion;
        while (f != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(f);
            into.Add(FeatureHash.Index(130, (uint)bit, mask));
            if (words == 1) into.Add(FeatureHash.Index(131, (uint)bit, mask));
            f &= f - 1;
        }
        into.Add(FeatureHash.Index(132, (uint)Math.Min(hitWords, 4), lenB, mask));
        into.Add(FeatureHash.Index(133, (uint)MathF.Round(maxVal), mask));

        var (total, before) = Occurrences(a, first, end);
        into.Add(FeatureHash.Index(134, (uint)Math.Min(total, 4), (uint)Math.Min(before, 2), mask));
        into.Add(FeatureHash.Index(135, (uint)Math.Min(total, 4), lenB, mask));
        int maxCount = 0;
        for (int i = first; i < end; i++) maxCount = Math.Max(maxCount, a.WordCount[i]);
        into.Add(FeatureHash.Index(148, (uint)Math.Min(maxCount, 6), lenB, mask));
        into.Add(FeatureHash.Index(149, (uint)Math.Min(a.WordCount[last], 6), a.Shape[last], mask));
        uint repFrac = content == 0 ? 0u : repeatedContent == content ? 3u : repeatedContent * 2 >= content ? 2u : repeatedContent > 0 ? 1u : 4u;
        into.Add(FeatureHash.Index(136, repFrac, mask));

        int sentLen = sent.TokenCount;
        uint cover = (uint)Math.Min(4, (end - first) * 4 / Math.Max(1, sentLen));
        into.Add(FeatureHash.Index(137, cover, (first == sFirst ? 1u : 0u) + (last >= sLast - 1 ? 2u : 0u), mask));
        if (words > 0) into.Add(FeatureHash.Index(138, capitalWords == words ? 2u : capitalWords > 0 ? 1u : 0u, lenB, mask));
        if (allCaps) into.Add(FeatureHash.Index(139, 1, mask));
        if (excl) into.Add(FeatureHash.Index(140, 1, mask));
        if (a.SentenceQuestion[s]) into.Add(FeatureHash.Index(141, 1, mask));
        if (quote) into.Add(FeatureHash.Index(142, 1, mask));
        if (a.InQuote[first]) into.Add(FeatureHash.Index(143, 1, mask));
        if (a.SentenceParagraph[s] == 0) into.Add(FeatureHash.Index(144, 1, mask));
        for (int g = 0; g < CueWords.GroupCount; g++)
        {
            if ((spanCues & (1 << g)) != 0) into.Add(FeatureHash.Index(145, (uint)g, mask));
            if ((contextCues & (1 << g)) != 0) into.Add(FeatureHash.Index(146, (uint)g, mask));
        }
        if (span.Start > 0 && doc.Text[span.Start - 1] is '"' or '\u201C' or '\'') into.Add(FeatureHash.Index(147, 1, mask));
    }
}
