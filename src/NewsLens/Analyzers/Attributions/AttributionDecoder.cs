using NewsLens.Pipeline;

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
    // Per-cue weights of features that combine a cue word with a small-domain value (flat: [dir, value]).
    private readonly float[] _r27 = new float[2 * ScoreTables.Buckets], _p56 = new float[2 * ScoreTables.Buckets], _p62 = new float[2 * ScoreTables.Buckets],
        _q76 = new float[2 * ScoreTables.Buckets], _p57 = new float[2 * 7], _q80 = new float[2 * 7], _p63 = new float[2 * 2], _q83 = new float[2 * 2];
    // Per-document caches of the token parts of boundary scores, by side of the cue (NaN: not computed yet), and of
    // small per-token codes the cue parts index with.
    private TokenView? _cached;
    private double[][] _startTok = [[], []], _endTok = [[], []], _srcStartTok = [[], []], _srcEndTok = [[], []];
    private byte[] _shDense = [], _c54 = [], _q59 = [], _b64 = [], _c74 = [], _q78 = [], _b84 = [];

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
            if (Model.Dense is { } dense)
            {
                var x = v.Vectors![i];
                so += dense.Score(AttributionDense.CueO, x);
                sb += dense.Score(AttributionDense.CueB, x);
                si += dense.Score(AttributionDense.CueI, x);
            }
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
        AddBlockIntroCues(v, cues);
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
        // why: the source and the content stay within the content window (MaxBefore / MaxAfter tokens of the cue), so
        // that "according to" repeated through one endless sentence costs a bounded number of steps per cue
        last = Math.Min(last, ce + MaxAfter);
        first = Math.Max(first, cs - MaxBefore);
        int comma = -1;
        for (int i = ce + 1; i <= last; i++) if (WorkMeter.Step() && v.Shape[i] is TokenView.ShComma or TokenView.ShDash or TokenView.ShColon) { comma = i; break; }
        a = ce + 1;
        b = comma < 0 ? last : comma - 1;
        if (b < a) return false;
        bool opens = first == v.SentFirst[cs];
        for (int i = first; i < cs && opens; i++) opens = WorkMeter.Step() && v.Shape[i] is TokenView.ShOpenQ or TokenView.ShQ or TokenView.ShDash;
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
        var forced = new List<(int, int, double)>();
        for (int i = 0; i + 1 < v.Count; i++)
            if (v.Word[i] == According && v.Word[i + 1] == To) forced.Add((i, i + 1, 1.0));
        MergeUncovered(cues, forced);
    }

    // Hand rule: "said:" / "wrote:" ending a paragraph before another introduces a block quotation, whatever the tagger says.
    private static void AddBlockIntroCues(TokenView v, List<(int Start, int End, double Confidence)> cues)
    {
        var forced = new List<(int, int, double)>();
        for (int i = 0; i + 1 < v.Count; i++)
            if (v.Shape[i + 1] == TokenView.ShColon && v.ParaEnd[i + 1] && BlockQuoteRule.IsIntroCue(v, i)) forced.Add((i, i, 1.0));
        MergeUncovered(cues, forced);
    }

    /// <summary>
    /// Adds each of <paramref name="forced"/> (in text order, disjoint) that no cue in <paramref name="cues"/> (in text
    /// order, disjoint) covers, before the first cue that starts after it. One merge pass: O(cues + forced).
    /// </summary>
    internal static void MergeUncovered(List<(int Start, int End, double Confidence)> cues, List<(int Start, int End, double Confidence)> forced)
    {
        if (forced.Count == 0) return;
        // why: inserting each forced cue into the list (and searching it for a cover) was quadratic in the cue count
        var merged = new List<(int, int, double)>(cues.Count + forced.Count);
        int k = 0;
        foreach (var f in forced)
        {
            while (k < cues.Count && cues[k].End < f.Start) { WorkMeter.Add(); merged.Add(cues[k++]); }
            bool covered = k < cues.Count && cues[k].Start <= f.End;
            if (covered) continue;
            merged.Add(f);
        }
        while (k < cues.Count) merged.Add(cues[k++]);
        cues.Clear();
        cues.AddRange(merged);
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

    /// <summary>The best source for a cue, or (-1, -1) when "no source" scores highest. Scores Start(a) + End(b) + Pair(a, b)
    /// over the candidates of <see cref="SourceCandidates"/>, in the same order (ties keep the first).</summary>
    /// <param name="v">the document's token view.</param>
    /// <param name="cs">first token of the cue.</param>
    /// <param name="ce">last token of the cue (inclusive).</param>
    /// <param name="reject">a decoding constraint: candidates it rejects are skipped (the model's scores are unchanged).</param>
    public (int A, int B) BestSource(TokenView v, int cs, int ce, Func<TokenView, int, int, bool>? reject = null)
    {
        Prepare(v);
        double best = Model.Score(_buf.AsSpan(0, AttributionFeatures.NoSource(v, cs, ce, _buf)));
        var w = Model.Weights;
        int wcs = v.W(cs);
        for (int d = 0; d < 2; d++)
            for (int g = 0; g < ScoreTables.Buckets; g++) _r27[d * ScoreTables.Buckets + g] = w[AttributionFeatures.Mix(27, d, wcs, g)];
        (int, int) arg = (-1, -1);
        var sent = v.Doc.Sentences[v.Sent[cs]];
        int first = sent.FirstToken, last = sent.FirstToken + sent.TokenCount - 1;
        var ceSent = v.Doc.Sentences[v.Sent[ce]];
        int ceS = Math.Min(last, ceSent.FirstToken + ceSent.TokenCount - 1);
        int lo = Math.Max(first, cs - MaxSourceGap - MaxSourceLength), hi = Math.Max(lo, Math.Min(ceS, ce + MaxSourceGap + MaxSourceLength));
        int n = hi - lo + 1;
        if (_srcStart.Length < n) { _srcStart = new double[n * 2]; _srcEnd = new double[n * 2]; }
        Array.Fill(_srcStart, double.NaN, 0, n);
        Array.Fill(_srcEnd, double.NaN, 0, n);
        var T = Model.Tables;
        const int B = ScoreTables.Buckets, S = ScoreTables.Shapes;
        var shape = v.Shape;
        var dense = _shDense;
        int inQcs = v.InQuote[cs] ? 1 : 0;
        for (int b = cs - 1; b >= Math.Max(first, cs - 1 - MaxSourceGap); b--)
        {
            if (!Edge(v, b) && !EndEdge(v, b)) continue;
            ref double sb = ref _srcEnd[b - lo];
            if (double.IsNaN(sb)) sb = TokenCache(v, _srcEndTok, b, cs, 1) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceEndCue(v, b, cs, ce, _buf)));
            int gb = AttributionFeatures.Bucket(cs - b - 1), shB = dense[b + 1], shB1 = dense[b + 2];
            int flags = 0;
            for (int a = b; a >= Math.Max(first, b - MaxSourceLength + 1); a--)
            {
                flags |= PairFlag[shape[a]];
                if (!Edge(v, a)) continue;
                ref double sa = ref _srcStart[a - lo];
                if (double.IsNaN(sa)) sa = TokenCache(v, _srcStartTok, a, cs, 0) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceStartCue(v, a, cs, ce, _buf)));
                int lb = AttributionFeatures.Bucket(b - a + 1), shA = dense[a + 1];
                double pair = T.P20[(0 * B + gb) * B + lb] + T.P25[(0 * S + shA) * S + shB] + T.P26[(0 * S + dense[a]) * S + shB1]
                    + _r27[0 * B + gb] + T.P29[0 * 32 + flags] + T.P31[(0 * 2 + (v.SentStart[a] ? 1 : 0)) * B + lb]
                    + T.P32[((v.InQuote[a] ? 1 : 0) * 2 + inQcs) * 2 + 0] + T.P34[(0 * S + shA) * B + lb];
                double s = sa + sb + pair;
                if (s > best && (reject is null || !reject(v, a, b))) { best = s; arg = (a, b); }
            }
        }
        for (int a = ce + 1; a <= Math.Min(ceS, ce + 1 + MaxSourceGap); a++)
        {
            if (!Edge(v, a)) continue;
            ref double sa = ref _srcStart[a - lo];
            if (double.IsNaN(sa)) sa = TokenCache(v, _srcStartTok, a, cs, 0) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceStartCue(v, a, cs, ce, _buf)));
            int gb = AttributionFeatures.Bucket(a - ce - 1), shA = dense[a + 1], shA0 = dense[a];
            float ssA = T.P32[((v.InQuote[a] ? 1 : 0) * 2 + inQcs) * 2 + 1];
            int flags = 0;
            for (int b = a; b <= Math.Min(ceS, a + MaxSourceLength - 1); b++)
            {
                flags |= PairFlag[shape[b]];
                if (!(Edge(v, b) || (shape[b] == TokenView.ShParen && v.Doc.Text[v.Span(b).Start] == ')'))) continue;
                ref double sb = ref _srcEnd[b - lo];
                if (double.IsNaN(sb)) sb = TokenCache(v, _srcEndTok, b, cs, 1) + Model.Score(_buf.AsSpan(0, AttributionFeatures.SourceEndCue(v, b, cs, ce, _buf)));
                int lb = AttributionFeatures.Bucket(b - a + 1);
                double pair = T.P20[(1 * B + gb) * B + lb] + T.P25[(1 * S + shA) * S + dense[b + 1]] + T.P26[(1 * S + shA0) * S + dense[b + 2]]
                    + _r27[1 * B + gb] + T.P29[1 * 32 + flags] + T.P31[(1 * 2 + (v.SentStart[a] ? 1 : 0)) * B + lb]
                    + ssA + T.P34[(1 * S + shA) * B + lb];
                double s = sa + sb + pair;
                if (s > best && (reject is null || !reject(v, a, b))) { best = s; arg = (a, b); }
            }
        }
        return arg;
    }

    // Bit of a token shape in the source pair feature 29 (comma, quote, capitalised, stop/colon, bracket).
    private static readonly int[] PairFlag = MakePairFlags();

    private static int[] MakePairFlags()
    {
        var f = new int[256];
        f[TokenView.ShComma] = 1;
        f[TokenView.ShOpenQ] = f[TokenView.ShCloseQ] = f[TokenView.ShQ] = 2;
        f[TokenView.ShCap] = f[TokenView.ShUpper] = 4;
        f[TokenView.ShStop] = f[TokenView.ShColon] = 8;
        f[TokenView.ShParen] = 16;
        return f;
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
        // why: only the multi-paragraph quotes that overlap the cue's paragraph matter (at most two: they never
        // overlap), found by binary search instead of visiting every quote for every cue
        var multi = v.MultiParagraph;
        for (int k = TokenView.FirstEndingAfter(multi, paraSpan.Start); k < multi.Count && multi[k].Span.Start < paraSpan.End; k++)
        {
            WorkMeter.Add();
            var q = multi[k];
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
        int n = v.Count;
        // why: the decoder is reused across documents on a thread; its per-token buffers only grow
        if (_c54.Length < n)
        {
            int cap = Math.Max(n, 2 * _c54.Length);
            for (int d = 0; d < 2; d++)
                foreach (var cache in new[] { _startTok, _endTok, _srcStartTok, _srcEndTok }) cache[d] = new double[cap];
            _shDense = new byte[cap + 2];
            _c54 = new byte[cap]; _q59 = new byte[cap]; _b64 = new byte[cap]; _c74 = new byte[cap]; _q78 = new byte[cap]; _b84 = new byte[cap];
        }
        for (int d = 0; d < 2; d++)
        {
            Array.Fill(_startTok[d], double.NaN, 0, n);
            Array.Fill(_endTok[d], double.NaN, 0, n);
            Array.Fill(_srcStartTok[d], double.NaN, 0, n);
            Array.Fill(_srcEndTok[d], double.NaN, 0, n);
        }
        for (int t = -1; t <= n; t++) _shDense[t + 1] = (byte)ScoreTables.Sh(v.S(t));
        for (int t = 0; t < n; t++)
        {
            bool nextEnd = t + 1 < n && v.SentEnd[t + 1];
            _c54[t] = (byte)((v.SentStart[t] ? 1 : 0) + (v.ParaStart[t] ? 2 : 0));
            _q59[t] = (byte)((v.InQuote[t] ? 4 : 0) + v.QuoteMark[t]);
            _b64[t] = (byte)AttributionFeatures.Bucket(t - v.SentFirst[t]);
            _c74[t] = (byte)((v.SentEnd[t] ? 1 : 0) + (nextEnd ? 2 : 0) + (v.ParaEnd[t] ? 4 : 0));
            _q78[t] = (byte)(v.QuoteMark[t] * 4 + v.QuoteMark[Math.Min(t + 1, n - 1)] + (v.InQuote[t] ? 16 : 0));
            _b84[t] = (byte)AttributionFeatures.Bucket(v.SentLast[t] - t);
        }
    }

    /// <summary>Forgets the document last decoded (so a reused decoder keeps no reference to it).</summary>
    public void Release() => _cached = null;

    // Token part of a source boundary score (kind 0: start, 1: end), cached per document and side of the cue.
    private double TokenCache(TokenView v, double[][] cache, int t, int cs, int kind)
    {
        int dir = t < cs ? 0 : 1;
        ref double x = ref cache[dir][t];
        if (double.IsNaN(x))
        {
            x = Model.Score(_buf.AsSpan(0, kind == 0 ? AttributionFeatures.SourceStartToken(v, t, dir, _buf) : AttributionFeatures.SourceEndToken(v, t, dir, _buf)));
            if (Model.Dense is { } dense) x += dense.Score((kind == 0 ? AttributionDense.SourceStart : AttributionDense.SourceEnd) + dir, v.Vectors![t]);
        }
        return x;
    }

    private double TokenPart(TokenView v, double[][] cache, int t, int cs, bool start)
    {
        int dir = t < cs ? 0 : 1;
        ref double x = ref cache[dir][t];
        if (double.IsNaN(x))
        {
            x = Model.Score(_buf.AsSpan(0, start ? AttributionFeatures.ContentStartToken(v, t, dir, _buf) : AttributionFeatures.ContentEndToken(v, t, dir, _buf)));
            if (Model.Dense is { } dense) x += dense.Score((start ? AttributionDense.ContentStart : AttributionDense.ContentEnd) + dir, v.Vectors![t]);
        }
        return x;
    }

    private void PrepareCue(TokenView v, int cs, int ce)
    {
        var w = Model.Weights;
        int wce = v.W(ce), wcs = v.W(cs), wprev = v.W(cs - 1);
        const int B = ScoreTables.Buckets;
        for (int d = 0; d < 2; d++)
        {
            for (int b = 0; b < B; b++)
            {
                _p56[d * B + b] = w[AttributionFeatures.Mix(56, d, wce, b)];
                _p62[d * B + b] = w[AttributionFeatures.Mix(62, d, wprev, b)];
                _q76[d * B + b] = w[AttributionFeatures.Mix(76, d, wce, b)];
            }
            for (int so = 0; so < 7; so++)
            {
                _p57[d * 7 + so] = w[AttributionFeatures.Mix(57, d, wcs, so - 3)];
                _q80[d * 7 + so] = w[AttributionFeatures.Mix(80, d, wcs, so - 3)];
            }
            for (int f = 0; f < 2; f++)
            {
                _p63[d * 2 + f] = w[AttributionFeatures.Mix(63, d, f, wce)];
                _q83[d * 2 + f] = w[AttributionFeatures.Mix(83, d, f, wce)];
            }
        }
    }

    private static int Clip(int x, int lo, int hi) => x < lo ? lo : x > hi ? hi : x;

    /// <summary>Where token <paramref name="t"/> lies against the content [cs, ce]: side, distance bucket, sentence and paragraph offsets.</summary>
    private static (int Dir, int DistanceBucket, int SentenceOffset, int ParagraphOffset) Offsets(TokenView v, int t, int cs, int ce)
    {
        int dir = t < cs ? 0 : 1;
        return (dir, AttributionFeatures.Bucket(dir == 1 ? t - ce : cs - t),
            Clip(v.Sent[t] - v.Sent[cs], -3, 3) + 3, Clip(v.Para[t] - v.Para[cs], -2, 2) + 2);
    }

    // Same sum as AttributionFeatures.ContentStartCue, read from dense tables (same order of additions).
    private double StartCue(TokenView v, int t, int cs, int ce)
    {
        var T = Model.Tables;
        const int B = ScoreTables.Buckets, S = ScoreTables.Shapes;
        var (dir, db, so, po) = Offsets(v, t, cs, ce);
        int c54 = _c54[t];
        double s = T.S50[dir * B + db] + T.S54[(dir * 4 + c54) * 7 + so] + T.S55[(dir * 5 + po) * B + db]
            + _p56[dir * B + db] + _p57[dir * 7 + so];
        if (t == ce + 1) s += Model.Weights[AttributionFeatures.Mix(58, v.W(t), v.W(ce))];
        else if (t == ce + 2) s += Model.Weights[AttributionFeatures.Mix(58, v.W(t - 1), v.W(ce), 1)];
        s += T.S59[(dir * 8 + _q59[t]) * B + db] + T.S61[(dir * S + _shDense[t]) * B + db] + _p62[dir * B + db]
            + _p63[dir * 2 + (c54 & 1)] + T.S64[(dir * B + _b64[t]) * 7 + so];
        return s;
    }

    // Same sum as AttributionFeatures.ContentEndCue, read from dense tables (same order of additions).
    private double EndCue(TokenView v, int t, int cs, int ce)
    {
        var T = Model.Tables;
        const int B = ScoreTables.Buckets, S = ScoreTables.Shapes;
        var (dir, db, so, po) = Offsets(v, t, cs, ce);
        int c74 = _c74[t];
        double s = T.E70[dir * B + db] + T.E74[(dir * 8 + c74) * 7 + so] + T.E75[(dir * 5 + po) * B + db] + _q76[dir * B + db];
        if (dir == 0 && cs - t <= 3) s += Model.Weights[AttributionFeatures.Mix(77, cs - t, v.W(t + 1), v.W(cs))];
        s += T.E78[dir * 27 + _q78[t]] + _q80[dir * 7 + so]
            + T.E82[(dir * S + _shDense[t + 2]) * B + db] + _q83[dir * 2 + ((c74 & 3) != 0 ? 1 : 0)]
            + T.E84[(dir * B + _b84[t]) * 7 + so];
        return s;
    }
}
