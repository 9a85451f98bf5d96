namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Feature templates shared by training and inference: cue tagging per token, source span ranking, content start and
/// end ranking. Each feature is a hashed combination of a template id and integer values, masked into the model's
/// weight table. Pure functions of a <see cref="TokenView"/>.
/// </summary>
internal static class AttributionFeatures
{
    public const int Bits = 21;
    public const int Mask = (1 << Bits) - 1;
    public const int MaxFeatures = 40;
    public const int TagO = 0, TagB = 1, TagI = 2;

    public static int Mix(int template, int a, int b = 0, int c = 0)
    {
        uint h = (uint)template * 0x9E3779B1u;
        h = (h ^ (uint)a) * 0x85EBCA6Bu; h ^= h >> 13;
        h = (h ^ (uint)b) * 0xC2B2AE35u; h ^= h >> 16;
        h = (h ^ (uint)c) * 0x27D4EB2Fu; h ^= h >> 15;
        return (int)(h & Mask);
    }

    // Cache-friendly layout: the word-keyed features a decoder reads for one token sit in one 64-byte line per word
    // (and per word pair), so scoring a token touches a few lines of the table instead of one line per feature.

    /// <summary>Slot <paramref name="slot"/> (0..15) of the line of word <paramref name="w"/>: boundary-model unigrams.</summary>
    public static int WordLine(int w, int slot) => (Mix(90, w) & ~15) | slot;

    /// <summary>Slot group <paramref name="group"/> (0..3, four class slots each) of the cue tagger's line of word <paramref name="w"/>.</summary>
    public static int CueLine(int w, int group) => (Mix(91, w) & ~15) | (group << 2);

    /// <summary>Slot <paramref name="slot"/> (0..15) of the line of the word pair (<paramref name="w1"/>, <paramref name="w2"/>).</summary>
    public static int PairLine(int w1, int w2, int slot) => (Mix(92, w1, w2) & ~15) | slot;

    /// <summary>Index of feature <paramref name="f"/> for class <paramref name="cls"/> (cue tags share one table).</summary>
    public static int ForClass(int f, int cls) => (f & ~3) | cls; // why: the three tag weights share a cache line

    public static int Cue(TokenView v, int i, int prevTag, Span<int> buf)
    {
        int k = 0;
        int w0 = v.W(i), wm1 = v.W(i - 1), wp1 = v.W(i + 1);
        buf[k++] = Mix(1, 0);
        buf[k++] = CueLine(w0, 0);
        buf[k++] = CueLine(wm1, 1);
        buf[k++] = CueLine(wp1, 2);
        buf[k++] = PairLine(wm1, w0, 8);
        buf[k++] = PairLine(w0, wp1, 12);
        buf[k++] = CueLine(v.W(i - 2), 3);
        buf[k++] = Mix(8, v.W(i + 2));
        buf[k++] = Mix(9, v.S(i - 1), v.S(i), v.S(i + 1));
        buf[k++] = Mix(10, v.Suffix[i]);
        buf[k++] = Mix(11, v.InQuote[i] ? 1 : 0, v.S(i));
        buf[k++] = Mix(12, prevTag);
        buf[k++] = Mix(13, prevTag, w0);
        buf[k++] = Mix(15, v.SentStart[i] ? 1 : 0, w0);
        buf[k++] = Mix(16, wm1, w0, wp1);
        buf[k++] = Mix(17, v.S(i - 1), w0);
        buf[k++] = Mix(18, w0, v.S(i + 1));
        buf[k++] = Mix(19, v.InQuote[i] ? 1 : 0, w0);
        buf[k++] = Mix(14, w0, v.W(i + 2));
        buf[k++] = Mix(24_1, v.SentHasQuote[v.Sent[i]] ? 1 : 0, w0);
        buf[k++] = Mix(24_2, Bucket(i - v.SentFirst[i]), Bucket(v.SentLast[i] - i), prevTag);
        return k;
    }

    public static int Bucket(int d) => (uint)d < (uint)BucketTable.Length ? BucketTable[d] : d < 0 ? 0 : 9;

    private static readonly byte[] BucketTable = [.. Enumerable.Range(0, 80).Select(d => (byte)BucketOf(d))];

    private static int BucketOf(int d) => d switch
    {
        <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 9 => 5, <= 19 => 6, <= 39 => 7, <= 79 => 8, _ => 9,
    };

    private static int Clip(int x, int lo, int hi) => x < lo ? lo : x > hi ? hi : x;

    // Source spans are scored as Start(a) + End(b) + Pair(a, b): word features sit on one boundary each, so a
    // decoder computes them once per token and adds only small-domain pair features per candidate.
    public static int SourceStart(TokenView v, int a, int cs, int ce, Span<int> buf)
    {
        int k = SourceStartToken(v, a, a < cs ? 0 : 1, buf);
        return k + SourceStartCue(v, a, cs, ce, buf[k..]);
    }

    /// <summary>Start features that depend only on the token and the side of the cue (cacheable per document).</summary>
    public static int SourceStartToken(TokenView v, int a, int dir, Span<int> buf)
    {
        int k = 0;
        buf[k++] = WordLine(v.W(a), 8 + dir);
        buf[k++] = WordLine(v.W(a - 1), 12 + dir);
        buf[k++] = Mix(35, dir, v.W(a), v.S(a - 1));
        buf[k++] = PairLine(v.W(a - 1), v.W(a), 2 + dir);
        return k;
    }

    public static int SourceStartCue(TokenView v, int a, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        int dir = a < cs ? 0 : 1;
        buf[k++] = Mix(33, dir, v.W(ce), v.W(a));
        if (dir == 1) buf[k++] = Mix(39, a - ce - 1 <= 2 ? a - ce - 1 : 3, v.W(a - 1));
        return k;
    }

    public static int SourceEnd(TokenView v, int b, int cs, int ce, Span<int> buf)
    {
        int k = SourceEndToken(v, b, b < cs ? 0 : 1, buf);
        return k + SourceEndCue(v, b, cs, ce, buf[k..]);
    }

    /// <summary>End features that depend only on the token and the side of the cue (cacheable per document).</summary>
    public static int SourceEndToken(TokenView v, int b, int dir, Span<int> buf)
    {
        int k = 0;
        buf[k++] = WordLine(v.W(b), 10 + dir);
        buf[k++] = WordLine(v.W(b + 1), 14 + dir);
        buf[k++] = Mix(36, dir, v.W(b), v.S(b + 1));
        return k;
    }

    public static int SourceEndCue(TokenView v, int b, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        if (b < cs)
        {
            int gap = cs - b - 1;
            buf[k++] = Mix(28, gap <= 2 ? gap : 3, v.W(b + 1), gap == 2 ? v.W(b + 2) : 0);
            buf[k++] = Mix(37, v.W(b + 1), v.S(cs - 1), Bucket(gap));
        }
        return k;
    }

    public static int SourcePair(TokenView v, int a, int b, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        int dir = b < cs ? 0 : 1;
        int gap = dir == 0 ? cs - b - 1 : a - ce - 1;
        int len = b - a + 1;
        int gb = Bucket(gap), lb = Bucket(len);
        buf[k++] = Mix(20, dir, gb, lb);
        buf[k++] = Mix(25, dir, v.S(a), v.S(b));
        buf[k++] = Mix(26, dir, v.S(a - 1), v.S(b + 1));
        buf[k++] = Mix(27, dir, v.W(cs), gb);
        int flags = 0;
        for (int i = a; i <= b; i++)
        {
            byte s = v.Shape[i];
            if (s == TokenView.ShComma) flags |= 1;
            else if (s is TokenView.ShOpenQ or TokenView.ShCloseQ or TokenView.ShQ) flags |= 2;
            else if (s is TokenView.ShCap or TokenView.ShUpper) flags |= 4;
            else if (s is TokenView.ShStop or TokenView.ShColon) flags |= 8;
            else if (s == TokenView.ShParen) flags |= 16;
        }
        buf[k++] = Mix(29, dir, flags);
        buf[k++] = Mix(31, dir, v.SentStart[a] ? 1 : 0, lb);
        buf[k++] = Mix(32, v.InQuote[a] ? 1 : 0, v.InQuote[cs] ? 1 : 0, dir);
        buf[k++] = Mix(34, dir, v.S(a), lb);
        return k;
    }

    /// <summary>All features of a source span (training): start, end and pair parts.</summary>
    public static int Source(TokenView v, int a, int b, int cs, int ce, Span<int> buf)
    {
        int k = SourceStart(v, a, cs, ce, buf);
        k += SourceEnd(v, b, cs, ce, buf[k..]);
        k += SourcePair(v, a, b, cs, ce, buf[k..]);
        return k;
    }

    public static int NoSource(TokenView v, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        buf[k++] = Mix(40, 0);
        buf[k++] = Mix(41, v.W(cs));
        buf[k++] = Mix(42, v.W(ce));
        buf[k++] = Mix(43, v.S(cs - 1), v.S(ce + 1));
        buf[k++] = Mix(44, v.W(cs - 1));
        buf[k++] = Mix(45, v.SentStart[cs] ? 1 : 0, v.InQuote[cs] ? 1 : 0);
        buf[k++] = Mix(46, v.W(cs - 1), v.W(cs));
        buf[k++] = Mix(47, v.W(ce), v.W(ce + 1));
        return k;
    }

    // Content boundaries: the token part depends only on the token and the side of the cue (cached per document by
    // the decoder); the cue part holds small-domain features that stay in cache.
    public static int ContentStartToken(TokenView v, int t, int dir, Span<int> buf)
    {
        int k = 0;
        buf[k++] = WordLine(v.W(t), 0 + dir);
        buf[k++] = WordLine(v.W(t - 1), 2 + dir);
        buf[k++] = Mix(53, dir, v.S(t - 1), v.S(t));
        buf[k++] = PairLine(v.W(t - 1), v.W(t), 0 + dir);
        return k;
    }

    public static int ContentStartCue(TokenView v, int t, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        int dir = t < cs ? 0 : 1;
        int db = Bucket(dir == 1 ? t - ce : cs - t);
        int so = Clip(v.Sent[t] - v.Sent[cs], -3, 3), po = Clip(v.Para[t] - v.Para[cs], -2, 2);
        buf[k++] = Mix(50, dir, db);
        buf[k++] = Mix(54, dir * 16 + (v.SentStart[t] ? 1 : 0) + (v.ParaStart[t] ? 2 : 0), so);
        buf[k++] = Mix(55, dir, po, db);
        buf[k++] = Mix(56, dir, v.W(ce), db);
        buf[k++] = Mix(57, dir, v.W(cs), so);
        if (t == ce + 1) buf[k++] = Mix(58, v.W(t), v.W(ce));
        else if (t == ce + 2) buf[k++] = Mix(58, v.W(t - 1), v.W(ce), 1);
        buf[k++] = Mix(59, dir, (v.InQuote[t] ? 4 : 0) + v.QuoteMark[t], db);
        buf[k++] = Mix(61, dir, v.S(t - 1), db);
        buf[k++] = Mix(62, dir, v.W(cs - 1), db);
        buf[k++] = Mix(63, dir, v.SentStart[t] ? 1 : 0, v.W(ce));
        buf[k++] = Mix(64, dir, Bucket(t - v.SentFirst[t]), so);
        return k;
    }

    public static int ContentEndToken(TokenView v, int t, int dir, Span<int> buf)
    {
        int k = 0;
        buf[k++] = WordLine(v.W(t), 4 + dir);
        buf[k++] = WordLine(v.W(t + 1), 6 + dir);
        buf[k++] = Mix(73, dir, v.S(t), v.S(t + 1));
        buf[k++] = PairLine(v.W(t), v.W(t + 1), 4 + dir);
        buf[k++] = Mix(81, dir, v.S(t + 1), v.S(t + 2));
        return k;
    }

    public static int ContentEndCue(TokenView v, int t, int cs, int ce, Span<int> buf)
    {
        int k = 0;
        int dir = t < cs ? 0 : 1;
        int db = Bucket(dir == 1 ? t - ce : cs - t);
        int so = Clip(v.Sent[t] - v.Sent[cs], -3, 3), po = Clip(v.Para[t] - v.Para[cs], -2, 2);
        buf[k++] = Mix(70, dir, db);
        buf[k++] = Mix(74, dir * 16 + (v.SentEnd[t] ? 1 : 0) + ((t + 1 < v.Count && v.SentEnd[t + 1]) ? 2 : 0) + (v.ParaEnd[t] ? 4 : 0), so);
        buf[k++] = Mix(75, dir, po, db);
        buf[k++] = Mix(76, dir, v.W(ce), db);
        if (dir == 0 && cs - t <= 3) buf[k++] = Mix(77, cs - t, v.W(t + 1), v.W(cs));
        buf[k++] = Mix(78, dir, v.QuoteMark[t] * 4 + v.QuoteMark[Math.Min(t + 1, v.Count - 1)] + (v.InQuote[t] ? 16 : 0));
        buf[k++] = Mix(80, dir, v.W(cs), so);
        buf[k++] = Mix(82, dir, v.S(t + 1), db);
        buf[k++] = Mix(83, dir, v.SentEnd[t] || (t + 1 < v.Count && v.SentEnd[t + 1]) ? 1 : 0, v.W(ce));
        buf[k++] = Mix(84, dir, Bucket(v.SentLast[t] - t), so);
        return k;
    }

    /// <summary>All features of a content start candidate (training).</summary>
    public static int ContentStart(TokenView v, int t, int cs, int ce, Span<int> buf)
    {
        int k = ContentStartToken(v, t, t < cs ? 0 : 1, buf);
        return k + ContentStartCue(v, t, cs, ce, buf[k..]);
    }

    /// <summary>All features of a content end candidate (training).</summary>
    public static int ContentEnd(TokenView v, int t, int cs, int ce, Span<int> buf)
    {
        int k = ContentEndToken(v, t, t < cs ? 0 : 1, buf);
        return k + ContentEndCue(v, t, cs, ce, buf[k..]);
    }
}
