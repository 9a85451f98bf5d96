namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Turns model scores into token-index relations: cue tagging, source choice and content boundaries. Shared by the
/// extractor and the trainer so both see the same candidates. Stateless apart from scratch buffers; one per thread.
/// </summary>
internal sealed class AttributionDecoder(AttributionModel model)
{
    public const int MaxSourceLength = 16, MaxSourceGap = 12, MaxBefore = 150, MaxAfter = 300;
    private readonly int[] _buf = new int[AttributionFeatures.MaxFeatures];
    private double[] _startScore = new double[256];
    private double[] _srcStart = new double[64], _srcEnd = new double[64];
    // Per-cue weights of features that combine a cue word with a small-domain value.
    private readonly float[,] _r27 = new float[2, ScoreTables.Buckets], _p56 = new float[2, ScoreTables.Buckets], _p62 = new float[2, ScoreTables.Buckets],
        _q76 = new float[2, ScoreTables.Buckets], _p57 = new float[2, 7], _q80 = new float[2, 7], _p63 = new float[2, 2], _q83 = new float[2, 2];
    // Per-document caches of the token parts of content boundary scores, by side of the cue (NaN: not computed yet).
    private TokenView? _cached;
    private double[][] _startTok = [[], []], _endTok = [[], []], _srcStartTok = [[], []], _srcEndTok = [[], []];

    public AttributionModel Model { get; } = model;

    /// <summary>Greedy left-to-right B/I/O tagging; returns cue spans as inclusive token ranges with a confidence.</summary>
    public List<(int Start, int End, double Confidence)> TagCues(TokenView v)
    {
        var cues = new List<(int, int, double)>();
        int prev = AttributionFeatures.TagO, start = -1;
        double conf = 0;
        for (int i = 0; i < v.Count; i++)
        {
            if (v.SentStart[i]) prev = AttributionFeatures.TagO;
            if (!Candidate(Model, v, i, prev))
            {
                if (start >= 0) { cues.Add((start, i - 1, conf)); start = -1; }
                prev = AttributionFeatures.TagO;
                continue;
            }
            int k = AttributionFeatures.Cue(v, i, prev, _buf);
            var f = _buf.AsSpan(0, k);
            double so = Model.Score(f, AttributionFeatures.TagO), sb = Model.Score(f, AttributionFeatures.TagB) + Model.CueBias, si = Model.Score(f, AttributionFeatures.TagI) + Model.CueBias;
            int tag = AttributionFeatures.TagO;
            if (sb > so && sb >= si) tag = AttributionFeatures.TagB;
            else if (si > so && si > sb) tag = prev == AttributionFeatures.TagO ? AttributionFeatures.TagB : AttributionFeatures.TagI;
            if (tag == AttributionFeatures.TagI && v.SentStart[i]) tag = AttributionFeatures.TagB;
            if (tag != AttributionFeatures.TagI && start >= 0) { cues.Add((start, i - 1, conf)); start = -1; }
            if (tag == AttributionFeatures.TagB) { start = i; conf = 1 / (1 + Math.Exp(-(Math.Max(sb, si) - so))); }
            prev = tag;
        }
        if (start >= 0) cues.Add((start, v.Count - 1, conf));
        AddForcedCues(v, cues);
        return cues;
    }

    private static readonly int According = TokenView.HashLower("according"), To = TokenView.HashLower("to");

    /// <summary>True when the cue is exactly "according to".</summary>
    public static bool IsAccordingTo(TokenView v, int cs, int ce) => ce == cs + 1 && v.Word[cs] == According && v.Word[ce] == To;

    /// <summary>
    /// Hand rule for "according to X": the source runs from after the cue to the first comma or the sentence end; the
    /// content is the rest of the sentence on the other side (after the comma when the cue opens the sentence).
    /// Returns false when the sentence leaves no room for both.
    /// </summary>
    public static bool AccordingTo(TokenView v, int cs, int ce, out int a, out int b, out int s, out int e)
    {
        a = b = s = e = -1;
        int first = v.SentFirst[cs], last = v.SentLast[cs];
        while (last > ce && v.Shape[last] is TokenView.ShStop or TokenView.ShCloseQ or TokenView.ShQ) last--;
        int comma = -1;
        for (int i = ce + 1; i <= last; i++) if (v.Shape[i] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) { comma = i; break; }
        a = ce + 1;
        b = comma < 0 ? last : comma - 1;
        if (b < a) return false;
        bool opens = true;
        for (int i = first; i < cs && opens; i++) opens = v.Shape[i] is TokenView.ShOpenQ or TokenView.ShQ or TokenView.ShDash;
        if (opens)
        {
            if (comma < 0 || comma + 1 > last) return false;
            s = comma + 1;
            e = last;
        }
        else
        {
            s = first;
            e = cs - 1;
            while (e >= s && v.Shape[e] is TokenView.ShComma or TokenView.ShDash) e--;
        }
        return e >= s;
    }

    // Hand rule: "according to" always introduces an attribution, whatever the tagger says.
    private static void AddForcedCues(TokenView v, List<(int Start, int End, double Confidence)> cues)
    {
        for (int i = 0; i + 1 < v.Count; i++)
        {
            if (v.Word[i] != According || v.Word[i + 1] != To) continue;
            bool covered = cues.Exists(c => c.Start <= i + 1 && c.End >= i);
            if (covered) continue;
            int at = cues.FindIndex(c => c.Start > i);
            cues.Insert(at < 0 ? cues.Count : at, (i, i + 1, 1.0));
        }
    }

    /// <summary>True when token <paramref name="i"/> may be part of a cue: it follows a cue token, its word starts
    /// training cues, or it is a colon or dash.</summary>
    public static bool Candidate(AttributionModel model, TokenView v, int i, int prevTag) =>
        prevTag != AttributionFeatures.TagO || model.MayBeCue(v.Word[i]) || v.Shape[i] is TokenView.ShColon or TokenView.ShDash;

    /// <summary>Source candidates: token ranges in the cue's sentence, before or after the cue, not starting or ending on punctuation.</summary>
    public void SourceCandidates(TokenView v, int cs, int ce, List<(int A, int B)> into)
    {
        into.Clear();
        var sent = v.Doc.Sentences[v.Sent[cs]];
        int first = sent.FirstToken, last = sent.FirstToken + sent.TokenCount - 1;
        for (int b = cs - 1; b >= Math.Max(first, cs - 1 - MaxSourceGap); b--)
        {
            if (!Edge(v, b) && !EndEdge(v, b)) continue;
            for (int a = b; a >= Math.Max(first, b - MaxSourceLength + 1); a--)
                if (Edge(v, a)) into.Add((a, b));
        }
        int ceS = Math.Min(last, v.Doc.Sentences[v.Sent[ce]].FirstToken + v.Doc.Sentences[v.Sent[ce]].TokenCount - 1);
        for (int a = ce + 1; a <= Math.Min(ceS, ce + 1 + MaxSourceGap); a++)
        {
            if (!Edge(v, a)) continue;
            for (int b = a; b <= Math.Min(ceS, a + MaxSourceLength - 1); b++)
                if (Edge(v, b) || (v.Shape[b] == TokenView.ShParen && v.Doc.Text[v.Span(b).Start] == ')')) into.Add((a, b));
        }
    }

    // A source before its cue may end on a closing bracket or on the comma that closes an appositive.
    private static bool EndEdge(TokenView v, int i) =>
        v.Shape[i] == TokenView.ShComma || (v.Shape[i] == TokenView.ShParen && v.Doc.Text[v.Span(i).Start] == ')');

    private static bool Edge(TokenView v, int i)
    {
        byte s = v.Shape[i];
        return s is TokenView.ShLower or TokenView.ShCap or TokenView.ShUpper or TokenView.ShNum or TokenView.ShOpenQ or TokenView.ShCloseQ or TokenView.ShQ;
    }

    /// <summary>The best source for a cue, or (-1, -1) when "no source" scores highest. Scores Start(a) + End(b) + Pair(a, b).</summary>
    public (int A, int B) BestSource(TokenView v, int cs, int ce, List<(int A, int B)> scratch)
    {
        SourceCandidates(v, cs, ce, scratch);
        Prepare(v);
        double best = Model.Score(_buf.AsSpan(0, AttributionFeatures.NoSource(v, cs, ce, _buf)));
        var w = Model.Weights;
        for (int d = 0; d < 2; d++)
            for (int g = 0; g < ScoreTables.Buckets; g++) _r27[d, g] = w[AttributionFeatures.Mix(27, d, v.W(cs), g)];
        (int, int) arg = (-1, -1);
        if (scratch.Count == 0) return arg;
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (var (a, b) in scratch) { lo = Math.Min(lo, a); hi = Math.Max(hi, b); }
        int n = hi - lo + 1;
        if (_srcStart.Length < n) { _srcStart = new double[n * 2]; _srcEnd = new double[n * 2]; }
        Array.Fill(_srcStart, double.NaN, 0, n);
        Array.Fill(_srcEnd, double.NaN, 0, n);
        foreach (var (a, b) in scratch)
        {
            ref double sa = ref _srcStart[a - lo];
            if (double.IsNaN(sa)) sa = TokenCache(v, _srcStartTok, a, cs, 0) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceStartCue(v, a, cs, ce, _buf)));
            ref double sb = ref _srcEnd[b - lo];
            if (double.IsNaN(sb)) sb = TokenCache(v, _srcEndTok, b, cs, 1) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceEndCue(v, b, cs, ce, _buf)));
            double s = sa + sb + PairScore(v, a, b, cs, ce);
            if (s > best) { best = s; arg = (a, b); }
        }
        return arg;
    }

    /// <summary>Token window that may hold the content: the cue's paragraph, extended over a multi-paragraph quote
    /// or to the next paragraph when the cue introduces a block quotation with a colon.</summary>
    public (int Lo, int Hi) Window(TokenView v, int cs, int ce)
    {
        var doc = v.Doc;
        int p = v.Para[cs];
        int lo = QuoteScanner.FirstToken(doc, doc.Paragraphs[p]);
        int hi = QuoteScanner.LastToken(doc, doc.Paragraphs[v.Para[ce]]);
        var paraSpan = doc.Paragraphs[v.Para[ce]].Span;
        foreach (var q in v.Quotes)
        {
            if (q.Paragraphs > 1 && q.Span.Start < paraSpan.End && q.Span.End > paraSpan.Start)
                while (hi + 1 < v.Count && doc.Tokens[hi + 1].Start < q.Span.End)
                    hi = QuoteScanner.LastToken(doc, doc.Paragraphs[v.Para[hi + 1]]);
        }
        bool colonEnd = (v.Shape[ce] == TokenView.ShColon && v.ParaEnd[ce]) ||
                        (ce + 1 < v.Count && v.Shape[ce + 1] == TokenView.ShColon && v.ParaEnd[ce + 1]);
        if (colonEnd && hi + 1 < v.Count)
            hi = QuoteScanner.LastToken(doc, doc.Paragraphs[v.Para[hi + 1]]);
        lo = Math.Max(lo, cs - MaxBefore);
        hi = Math.Min(hi, ce + MaxAfter);
        return (lo, hi);
    }

    /// <summary>Best content token range [S, E] (inclusive) for a cue: maximises start score + end score, S ≤ E, neither inside the cue.</summary>
    public (int S, int E) BestContent(TokenView v, int cs, int ce)
    {
        var (lo, hi) = Window(v, cs, ce);
        int n = hi - lo + 1;
        if (_startScore.Length < n) _startScore = new double[n * 2];
        Prepare(v);
        PrepareCue(v, cs, ce);
        for (int t = lo; t <= hi; t++)
            _startScore[t - lo] = t >= cs && t <= ce ? double.NegativeInfinity
                : TokenPart(v, _startTok, t, cs, start: true) + StartCue(v, t, cs, ce);
        // Content that wraps around the cue must start in the cue's own sentence or its quote ("“X,” he said. “Y”"), so the start
        // for an end after the cue is the best of: a start in [sentence start, cue) or a start after the cue.
        // A sentence that opens inside a quote reaches back to where the quote opened ("“X. Y,” he said").
        int sentFirst = v.SentFirst[cs];
        while (sentFirst > lo && (v.InQuote[sentFirst] || v.QuoteMark[sentFirst] != 0) && (v.InQuote[sentFirst - 1] || v.QuoteMark[sentFirst - 1] == QuoteScanner.Open)) sentFirst--;
        sentFirst = Math.Max(lo, sentFirst);
        double bestPrefix = double.NegativeInfinity, bestAround = double.NegativeInfinity, bestAfter = double.NegativeInfinity, best = double.NegativeInfinity;
        int bestPrefixAt = -1, bestAroundAt = -1, bestAfterAt = -1;
        (int, int) arg = (-1, -1);
        for (int e = lo; e <= hi; e++)
        {
            double st = _startScore[e - lo];
            if (st > bestPrefix) { bestPrefix = st; bestPrefixAt = e; }
            if (e >= sentFirst && e < cs && st > bestAround) { bestAround = st; bestAroundAt = e; }
            if (e > ce && st > bestAfter) { bestAfter = st; bestAfterAt = e; }
            if (e >= cs && e <= ce) continue;
            double sBest; int sAt;
            if (e < cs) { sBest = bestPrefix; sAt = bestPrefixAt; }
            else if (bestAround >= bestAfter) { sBest = bestAround; sAt = bestAroundAt; }
            else { sBest = bestAfter; sAt = bestAfterAt; }
            if (sAt < 0) continue;
            double s = sBest + TokenPart(v, _endTok, e, cs, start: false) + EndCue(v, e, cs, ce);
            if (s > best) { best = s; arg = (sAt, e); }
        }
        return arg;
    }

    private void Prepare(TokenView v)
    {
        if (ReferenceEquals(_cached, v)) return;
        _cached = v;
        for (int d = 0; d < 2; d++)
        {
            foreach (var cache in new[] { _startTok, _endTok, _srcStartTok, _srcEndTok })
            {
                cache[d] = new double[v.Count];
                Array.Fill(cache[d], double.NaN);
            }
        }
    }

    // Token part of a source boundary score (kind 0: start, 1: end), cached per document and side of the cue.
    private double TokenCache(TokenView v, double[][] cache, int t, int cs, int kind)
    {
        int dir = t < cs ? 0 : 1;
        ref double x = ref cache[dir][t];
        if (double.IsNaN(x))
            x = Model.Score(_buf.AsSpan(0, kind == 0 ? AttributionFeatures.SourceStartToken(v, t, dir, _buf) : AttributionFeatures.SourceEndToken(v, t, dir, _buf)));
        return x;
    }

    private double TokenPart(TokenView v, double[][] cache, int t, int cs, bool start)
    {
        int dir = t < cs ? 0 : 1;
        ref double x = ref cache[dir][t];
        if (double.IsNaN(x))
            x = Model.Score(_buf.AsSpan(0, start ? AttributionFeatures.ContentStartToken(v, t, dir, _buf) : AttributionFeatures.ContentEndToken(v, t, dir, _buf)));
        return x;
    }

    private void PrepareCue(TokenView v, int cs, int ce)
    {
        var w = Model.Weights;
        int wce = v.W(ce), wcs = v.W(cs), wprev = v.W(cs - 1);
        for (int d = 0; d < 2; d++)
        {
            for (int b = 0; b < ScoreTables.Buckets; b++)
            {
                _p56[d, b] = w[AttributionFeatures.Mix(56, d, wce, b)];
                _p62[d, b] = w[AttributionFeatures.Mix(62, d, wprev, b)];
                _q76[d, b] = w[AttributionFeatures.Mix(76, d, wce, b)];
            }
            for (int so = 0; so < 7; so++)
            {
                _p57[d, so] = w[AttributionFeatures.Mix(57, d, wcs, so - 3)];
                _q80[d, so] = w[AttributionFeatures.Mix(80, d, wcs, so - 3)];
            }
            for (int f = 0; f < 2; f++)
            {
                _p63[d, f] = w[AttributionFeatures.Mix(63, d, f, wce)];
                _q83[d, f] = w[AttributionFeatures.Mix(83, d, f, wce)];
            }
        }
    }

    private static int Clip(int x, int lo, int hi) => x < lo ? lo : x > hi ? hi : x;

    // Same sum as AttributionFeatures.ContentStartCue, read from dense tables.
    private double StartCue(TokenView v, int t, int cs, int ce)
    {
        var T = Model.Tables;
        int dir = t < cs ? 0 : 1;
        int db = AttributionFeatures.Bucket(dir == 1 ? t - ce : cs - t);
        int so = Clip(v.Sent[t] - v.Sent[cs], -3, 3) + 3, po = Clip(v.Para[t] - v.Para[cs], -2, 2) + 2;
        double s = T.S50[dir, db] + T.S54[dir, (v.SentStart[t] ? 1 : 0) + (v.ParaStart[t] ? 2 : 0), so] + T.S55[dir, po, db]
            + _p56[dir, db] + _p57[dir, so];
        if (t == ce + 1) s += Model.Weights[AttributionFeatures.Mix(58, v.W(t), v.W(ce))];
        else if (t == ce + 2) s += Model.Weights[AttributionFeatures.Mix(58, v.W(t - 1), v.W(ce), 1)];
        s += T.S59[dir, (v.InQuote[t] ? 4 : 0) + v.QuoteMark[t], db] + T.S61[dir, ScoreTables.Sh(v.S(t - 1)), db] + _p62[dir, db]
            + _p63[dir, v.SentStart[t] ? 1 : 0] + T.S64[dir, AttributionFeatures.Bucket(t - v.SentFirst[t]), so];
        return s;
    }

    // Same sum as AttributionFeatures.ContentEndCue, read from dense tables.
    private double EndCue(TokenView v, int t, int cs, int ce)
    {
        var T = Model.Tables;
        int dir = t < cs ? 0 : 1;
        int db = AttributionFeatures.Bucket(dir == 1 ? t - ce : cs - t);
        int so = Clip(v.Sent[t] - v.Sent[cs], -3, 3) + 3, po = Clip(v.Para[t] - v.Para[cs], -2, 2) + 2;
        bool nextEnd = t + 1 < v.Count && v.SentEnd[t + 1];
        double s = T.E70[dir, db] + T.E74[dir, (v.SentEnd[t] ? 1 : 0) + (nextEnd ? 2 : 0) + (v.ParaEnd[t] ? 4 : 0), so]
            + T.E75[dir, po, db] + _q76[dir, db];
        if (dir == 0 && cs - t <= 3) s += Model.Weights[AttributionFeatures.Mix(77, cs - t, v.W(t + 1), v.W(cs))];
        s += T.E78[dir, v.QuoteMark[t] * 4 + v.QuoteMark[Math.Min(t + 1, v.Count - 1)] + (v.InQuote[t] ? 16 : 0)] + _q80[dir, so]
            + T.E82[dir, ScoreTables.Sh(v.S(t + 1)), db] + _q83[dir, v.SentEnd[t] || nextEnd ? 1 : 0]
            + T.E84[dir, AttributionFeatures.Bucket(v.SentLast[t] - t), so];
        return s;
    }

    // Same sum as AttributionFeatures.SourcePair, read from dense tables.
    private double PairScore(TokenView v, int a, int b, int cs, int ce)
    {
        var T = Model.Tables;
        int dir = b < cs ? 0 : 1;
        int gb = AttributionFeatures.Bucket(dir == 0 ? cs - b - 1 : a - ce - 1), lb = AttributionFeatures.Bucket(b - a + 1);
        int flags = 0;
        for (int i = a; i <= b; i++)
        {
            byte sh = v.Shape[i];
            if (sh == TokenView.ShComma) flags |= 1;
            else if (sh is TokenView.ShOpenQ or TokenView.ShCloseQ or TokenView.ShQ) flags |= 2;
            else if (sh is TokenView.ShCap or TokenView.ShUpper) flags |= 4;
            else if (sh is TokenView.ShStop or TokenView.ShColon) flags |= 8;
            else if (sh == TokenView.ShParen) flags |= 16;
        }
        int sa = ScoreTables.Sh(v.S(a));
        return T.P20[dir, gb, lb] + T.P25[dir, sa, ScoreTables.Sh(v.S(b))] + T.P26[dir, ScoreTables.Sh(v.S(a - 1)), ScoreTables.Sh(v.S(b + 1))]
            + _r27[dir, gb] + T.P29[dir, flags] + T.P31[dir, v.SentStart[a] ? 1 : 0, lb]
            + T.P32[v.InQuote[a] ? 1 : 0, v.InQuote[cs] ? 1 : 0, dir] + T.P34[dir, sa, lb];
    }
}
