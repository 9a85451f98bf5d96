using System.Globalization;
using NewsLens.Analyzers.Attributions;
using NewsLens.Text;
using NewsLens.Training.Vectors;
using NewsLens.Vectors;

namespace NewsLens.Training.Attributions;

/// <summary>
/// Trains the <see cref="AttributionModel"/> on annotated texts with averaged perceptrons (deterministic: fixed shuffle
/// seed): cue B/I/O tagging per token, a ranker choosing the gold source (or none) among the decoder's candidates, and
/// rankers choosing the gold content start and end tokens in the decoder's window. Also evaluates a model on
/// annotated texts with <see cref="AttributionScorer"/>.
/// </summary>
public static class AttributionTrainer
{
    /// <summary>Which words the cue tagger scores: those starting at least <paramref name="MinStarts"/> training cues
    /// and at least <paramref name="MinShare"/> of their occurrences.</summary>
    public sealed record CueVocabularyRule(int MinStarts, double MinShare)
    {
        public static CueVocabularyRule Default { get; } = new(2, 0.01);
    }

    /// <summary>Scale of the standardised encoder inputs against the hashed binary features (a perceptron's step size
    /// for the dense heads); chosen on the held-out tenth of train, never on dev.</summary>
    public const float DefaultDenseScale = 0.3f;

    /// <summary>Trains on <paramref name="texts"/>; <paramref name="log"/> receives progress lines. With
    /// <paramref name="encoder"/>, also trains heads over its token vectors (the accurate pipeline's model).</summary>
    public static AttributionModel Train(IReadOnlyList<AnnotatedText> texts, int epochs = 6, int seed = 17, Action<string>? log = null,
        EncodedCorpus? encoder = null, float denseScale = DefaultDenseScale, IReadOnlyDictionary<string, string>? facts = null,
        CueVocabularyRule? cueVocabulary = null)
    {
        var rule = cueVocabulary ?? CueVocabularyRule.Default;
        var prepared = texts.Select(t => Prepare(t, encoder)).ToList();
        var inputs = encoder is null ? null : DenseInputs.Fit(prepared.Select(p => p.Item1.Vectors!), denseScale);
        int dim = inputs?.Mean.Length ?? 0;
        var z = prepared.Select(p => inputs is null ? null : DenseInputs.Standardise(inputs, p.Item1.Vectors!)).ToList();
        var ap = new AveragedPerceptron(1 << AttributionFeatures.Bits, AttributionDense.Heads * dim);
        // Cue vocabulary: words that start at least rule.MinStarts training cues (default 2) and at least rule.MinShare of
        // their occurrences (default 1 in 100); the tagger scores only these and the tokens right after a cue token (which may continue it).
        var vocab = new ulong[(1 << AttributionModel.VocabularyBits) / 64];
        long tokens = 0, candidates = 0;
        var starts = new Dictionary<int, int>();
        var seen = new Dictionary<int, int>();
        foreach (var (v, tags, _) in prepared)
            for (int i = 0; i < v.Count; i++)
            {
                seen[v.Word[i]] = seen.GetValueOrDefault(v.Word[i]) + 1;
                if (tags[i] == AttributionFeatures.TagB) starts[v.Word[i]] = starts.GetValueOrDefault(v.Word[i]) + 1;
            }
        foreach (var (word, count) in starts)
        {
            if (count < rule.MinStarts || count < rule.MinShare * seen[word]) continue;
            int h = word & ((1 << AttributionModel.VocabularyBits) - 1);
            vocab[h >> 6] |= 1UL << (h & 63);
        }
        var live = new AttributionModel(ap.Live, new Dictionary<string, string>(), null, vocab);
        foreach (var (v, _, _) in prepared)
            for (int i = 0; i < v.Count; i++) { tokens++; if (AttributionDecoder.Candidate(live, v, i, AttributionFeatures.TagO)) candidates++; }
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"cue vocabulary: {vocab.Sum(x => System.Numerics.BitOperations.PopCount(x))} hashed words; {candidates / (double)tokens:0.000} of tokens are cue candidates"));
        var decoder = new AttributionDecoder(live);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var rng = new Random(seed);
        Span<int> fg = stackalloc int[AttributionFeatures.MaxFeatures];
        Span<int> fp = stackalloc int[AttributionFeatures.MaxFeatures];
        var cands = new List<(int A, int B)>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int cueErr = 0, cueN = 0, srcErr = 0, srcN = 0, srcMiss = 0, stErr = 0, enErr = 0, conN = 0, conMiss = 0;
            foreach (int di in order)
            {
                var (v, tags, rels) = prepared[di];
                var heads = new DenseHeads(ap, z[di], dim);
                // Cue tagging.
                for (int i = 0; i < v.Count; i++)
                {
                    int prev = i == 0 || v.SentStart[i] ? AttributionFeatures.TagO : tags[i - 1];
                    if (!AttributionDecoder.Candidate(live, v, i, prev)) continue;
                    int k = AttributionFeatures.Cue(v, i, prev, fg);
                    var f = fg[..k];
                    int best = 0; double bs = double.NegativeInfinity;
                    for (int c = 0; c < 3; c++) { double s = live.Score(f, c) + heads.Score(AttributionDense.CueO + c, i); if (s > bs) { bs = s; best = c; } }
                    cueN++;
                    if (best != tags[i])
                    {
                        cueErr++;
                        for (int j = 0; j < k; j++)
                        {
                            ap.Update(AttributionFeatures.ForClass(f[j], tags[i]), 1);
                            ap.Update(AttributionFeatures.ForClass(f[j], best), -1);
                        }
                        heads.Update(AttributionDense.CueO + tags[i], i, 1);
                        heads.Update(AttributionDense.CueO + best, i, -1);
                    }
                    ap.Tick();
                }
                foreach (var r in rels)
                {
                    // Source ranking.
                    decoder.SourceCandidates(v, r.Cs, r.Ce, cands);
                    bool goldIn = r.A < 0 || cands.Contains((r.A, r.B));
                    srcN++;
                    if (!goldIn) srcMiss++;
                    else
                    {
                        int kg = r.A < 0 ? AttributionFeatures.NoSource(v, r.Cs, r.Ce, fg) : AttributionFeatures.Source(v, r.A, r.B, r.Cs, r.Ce, fg);
                        double gs = live.Score(fg[..kg]);
                        int kn = AttributionFeatures.NoSource(v, r.Cs, r.Ce, fp);
                        double bs = live.Score(fp[..kn]);
                        (int, int) arg = (-1, -1);
                        foreach (var (a, b) in cands)
                        {
                            int kk = AttributionFeatures.Source(v, a, b, r.Cs, r.Ce, fp);
                            double s = live.Score(fp[..kk]) + heads.Source(a, b, r.Cs);
                            if (s > bs) { bs = s; arg = (a, b); }
                        }
                        if (arg != (r.A, r.B))
                        {
                            srcErr++;
                            int kb = arg.Item1 < 0 ? AttributionFeatures.NoSource(v, r.Cs, r.Ce, fp) : AttributionFeatures.Source(v, arg.Item1, arg.Item2, r.Cs, r.Ce, fp);
                            ap.Update(fg[..kg], 1);
                            ap.Update(fp[..kb], -1);
                            if (r.A >= 0) heads.UpdateSource(r.A, r.B, r.Cs, 1);
                            if (arg.Item1 >= 0) heads.UpdateSource(arg.Item1, arg.Item2, r.Cs, -1);
                        }
                    }
                    ap.Tick();
                    // Content start and end ranking.
                    var (lo, hi) = decoder.Window(v, r.Cs, r.Ce);
                    conN++;
                    if (r.S < lo || r.E > hi || (r.S >= r.Cs && r.S <= r.Ce) || (r.E >= r.Cs && r.E <= r.Ce)) { conMiss++; ap.Tick(); continue; }
                    stErr += RankUpdate(ap, heads, live, v, lo, hi, r.Cs, r.Ce, r.S, start: true, fg, fp);
                    enErr += RankUpdate(ap, heads, live, v, lo, hi, r.Cs, r.Ce, r.E, start: false, fg, fp);
                    ap.Tick();
                }
            }
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch + 1}/{epochs}: cue token err {cueErr / (double)cueN:0.0000}, source err {srcErr / (double)Math.Max(1, srcN - srcMiss):0.000} (not among candidates {srcMiss / (double)srcN:0.000}), content start err {stErr / (double)Math.Max(1, conN - conMiss):0.000}, end err {enErr / (double)Math.Max(1, conN - conMiss):0.000} (outside window {conMiss / (double)conN:0.000})"));
        }
        var header = new Dictionary<string, string>
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["texts"] = texts.Count.ToString(CultureInfo.InvariantCulture),
            ["relations"] = texts.Sum(t => t.Relations.Count).ToString(CultureInfo.InvariantCulture),
        };
        if (rule != CueVocabularyRule.Default) header["cueVocabulary"] = $"words starting at least {rule.MinStarts} training cues and {rule.MinShare.ToString(CultureInfo.InvariantCulture)} of their occurrences";
        if (inputs is not null) header["denseScale"] = denseScale.ToString(CultureInfo.InvariantCulture);
        foreach (var (k, val) in facts ?? new Dictionary<string, string>()) header[k] = val;
        return new AttributionModel(ap.Averaged(), header, null, vocab)
        {
            Dense = inputs is null ? null : DenseInputs.Fold(inputs, ap.DenseAveraged()),
            EncoderKey = encoder?.Identity.Key,
        };
    }

    /// <summary>
    /// Picks the cue bias that maximises cue exact F1 on held-out training texts: trains on the other texts (every
    /// tenth article is held out, all its annotation files together), then scores each bias of <paramref name="grid"/>.
    /// </summary>
    public static double TuneCueBias(IReadOnlyList<AnnotatedText> texts, int epochs, IReadOnlyList<double> grid, Action<string>? log = null,
        EncodedCorpus? encoder = null, float denseScale = DefaultDenseScale, CueVocabularyRule? cueVocabulary = null)
    {
        var (fit, held) = HeldOutSplit(texts);
        var model = Train(fit, epochs, encoder: encoder, denseScale: denseScale, cueVocabulary: cueVocabulary);
        double best = 0, bestF1 = -1;
        foreach (var bias in grid)
        {
            var scorer = Evaluate(new AttributionExtractor(model.WithCueBias(bias)), held, encoder);
            double f1 = scorer.Score("cue", exact: true).F1;
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"cue bias {bias}: held-out cue exact F1 {f1:0.000}, all-spans exact F1 {scorer.Score("all", exact: true).F1:0.000}"));
            if (f1 > bestF1) { bestF1 = f1; best = bias; }
        }
        return best;
    }

    /// <summary>
    /// The held-out split <see cref="TuneCueBias"/> uses: every tenth training article (all its annotation files
    /// together) is held out. For development without touching dev.
    /// </summary>
    public static (List<AnnotatedText> Fit, List<AnnotatedText> Held) HeldOutSplit(IReadOnlyList<AnnotatedText> texts)
    {
        var articles = texts.Select(t => t.Text).Distinct().ToList();
        var heldOut = new HashSet<string>(articles.Where((_, i) => i % 10 == 9));
        return (texts.Where(t => !heldOut.Contains(t.Text)).ToList(), texts.Where(t => heldOut.Contains(t.Text)).ToList());
    }

    /// <summary>
    /// The cue strings (lower-cased) most often missed (gold cue with no overlapping predicted cue) and most often
    /// predicted wrongly (no overlapping gold cue) on <paramref name="texts"/>, for error analysis.
    /// </summary>
    public static (List<(string Cue, int Count)> Missed, List<(string Cue, int Count)> Spurious) CueErrors(AttributionExtractor extractor, IReadOnlyList<AnnotatedText> texts, int top, EncodedCorpus? encoder = null)
    {
        var missed = new Dictionary<string, int>();
        var spurious = new Dictionary<string, int>();
        foreach (var t in texts)
        {
            var pred = extractor.Extract(Open(t.Text, encoder)).Select(a => a.Cue).ToList();
            var gold = t.Relations.Select(r => r.Cue).Where(c => c.Count > 0).ToList();
            foreach (var g in gold)
                if (!pred.Exists(p => g.Any(x => x.Overlaps(p))))
                {
                    var key = string.Join(" ... ", g.Select(x => t.Text[x.Start..x.End].ToLowerInvariant()));
                    missed[key] = missed.GetValueOrDefault(key) + 1;
                }
            foreach (var p in pred)
                if (!gold.Exists(g => g.Any(x => x.Overlaps(p))))
                {
                    var key = t.Text[p.Start..p.End].ToLowerInvariant();
                    spurious[key] = spurious.GetValueOrDefault(key) + 1;
                }
        }
        static List<(string, int)> Top(Dictionary<string, int> d, int n) =>
            [.. d.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => (kv.Key, kv.Value))];
        return (Top(missed, top), Top(spurious, top));
    }

    /// <summary>
    /// Relations whose cue is predicted exactly but whose content is not: (gold content, predicted content) texts with
    /// the cue marked, for error analysis.
    /// </summary>
    public static List<string> ContentErrors(AttributionExtractor extractor, IReadOnlyList<AnnotatedText> texts, int top, EncodedCorpus? encoder = null)
    {
        var result = new List<string>();
        foreach (var t in texts)
        {
            var pred = extractor.Extract(Open(t.Text, encoder)).ToList();
            foreach (var g in t.Relations)
            {
                if (g.Cue.Count == 0 || g.Content.Count == 0) continue;
                var gc = AttributionScorer.Normalize(t.Text, g.Cue);
                var p = pred.Find(a => AttributionScorer.Normalize(t.Text, [a.Cue]).SequenceEqual(gc));
                if (p is null) continue;
                var gcon = AttributionScorer.Normalize(t.Text, g.Content);
                var pcon = AttributionScorer.Normalize(t.Text, p.ContentParts);
                if (gcon.SequenceEqual(pcon)) continue;
                string Show(IReadOnlyList<TextSpan> parts) => string.Join(" | ", parts.Select(x => t.Text[x.Start..x.End].ReplaceLineEndings(" ")));
                result.Add($"cue [{t.Text[gc[0].Start..gc[0].End]}]\n   gold: {Show(gcon)}\n   pred: {Show(pcon)}");
                if (result.Count >= top) return result;
            }
        }
        return result;
    }

    private static int RankUpdate(AveragedPerceptron ap, DenseHeads heads, AttributionModel live, TokenView v, int lo, int hi, int cs, int ce, int gold, bool start, Span<int> fg, Span<int> fp)
    {
        int best = -1; double bs = double.NegativeInfinity;
        int head = start ? AttributionDense.ContentStart : AttributionDense.ContentEnd;
        for (int t = lo; t <= hi; t++)
        {
            if (t >= cs && t <= ce) continue;
            int k = start ? AttributionFeatures.ContentStart(v, t, cs, ce, fp) : AttributionFeatures.ContentEnd(v, t, cs, ce, fp);
            double s = live.Score(fp[..k]) + heads.Score(head + (t < cs ? 0 : 1), t);
            if (s > bs) { bs = s; best = t; }
        }
        if (best == gold) return 0;
        int kg = start ? AttributionFeatures.ContentStart(v, gold, cs, ce, fg) : AttributionFeatures.ContentEnd(v, gold, cs, ce, fg);
        int kb = start ? AttributionFeatures.ContentStart(v, best, cs, ce, fp) : AttributionFeatures.ContentEnd(v, best, cs, ce, fp);
        ap.Update(fg[..kg], 1);
        ap.Update(fp[..kb], -1);
        heads.Update(head + (gold < cs ? 0 : 1), gold, 1);
        heads.Update(head + (best < cs ? 0 : 1), best, -1);
        return 1;
    }

    private sealed record Rel(int Cs, int Ce, int A, int B, int S, int E);

    private static (TokenView, int[], List<Rel>) Prepare(AnnotatedText t, EncodedCorpus? encoder)
    {
        var doc = Open(t.Text, encoder);
        var v = View(doc, encoder);
        var at = TokenIndex(doc);
        var tags = new int[v.Count];
        var rels = new List<Rel>();
        foreach (var r in t.Relations)
        {
            var cue = AttributionScorer.Normalize(t.Text, r.Cue);
            var con = AttributionScorer.Normalize(t.Text, r.Content);
            if (cue.Count == 0 || con.Count == 0) continue;
            int cs = at[cue[0].Start], ce = at[cue[0].End - 1];
            if (cs < 0 || ce < 0) continue;
            for (int i = cs; i <= ce; i++) tags[i] = i == cs ? AttributionFeatures.TagB : AttributionFeatures.TagI;
            int a = -1, b = -1;
            var src = AttributionScorer.Normalize(t.Text, r.Source);
            if (src.Count > 0) { a = at[src[0].Start]; b = at[src[^1].End - 1]; }
            int s = at[con[0].Start], e = at[con[^1].End - 1];
            if (s < 0 || e < 0) continue;
            rels.Add(new Rel(cs, ce, a, b, s, e));
        }
        return (v, tags, rels);
    }

    /// <summary>For each character, the index of the token containing it, or -1 for white space.</summary>
    internal static int[] TokenIndex(Document doc)
    {
        var at = new int[doc.Text.Length + 1];
        Array.Fill(at, -1);
        for (int i = 0; i < doc.Tokens.Count; i++)
            for (int c = doc.Tokens[i].Start; c < doc.Tokens[i].End; c++) at[c] = i;
        return at;
    }

    /// <summary>A document of <paramref name="text"/> with the encoder's vector layers when <paramref name="encoder"/> is given.</summary>
    public static Document Open(string text, EncodedCorpus? encoder)
    {
        var doc = Document.Create(text);
        if (encoder is null) return doc;
        var (tokens, sentences) = encoder.Vectors(doc);
        doc.SetSingle(VectorLayers.Tokens, tokens);
        doc.SetSingle(VectorLayers.Sentences, sentences);
        return doc;
    }

    private static TokenView View(Document doc, EncodedCorpus? encoder) =>
        encoder is null ? new TokenView(doc) : new TokenView(doc) { Vectors = doc.GetSingle(VectorLayers.Tokens) };

    /// <summary>Runs <paramref name="extractor"/> on each text and scores it against that text's relations (the texts
    /// are encoded by <paramref name="encoder"/> first when the extractor's model reads vectors).</summary>
    public static AttributionScorer Evaluate(AttributionExtractor extractor, IReadOnlyList<AnnotatedText> texts, EncodedCorpus? encoder = null)
    {
        var scorer = new AttributionScorer();
        var cache = new Dictionary<string, List<GoldRelation>>(StringComparer.Ordinal);
        foreach (var t in texts)
        {
            if (!cache.TryGetValue(t.Text, out var pred))
            {
                pred = [.. extractor.Extract(Open(t.Text, encoder)).Select(ToGold)];
                cache[t.Text] = pred;
            }
            scorer.Add(t.Text, pred, t.Relations);
        }
        return scorer;
    }

    /// <summary>The relation as fragment lists (the shape the scorer and brat writer use).</summary>
    public static GoldRelation ToGold(Attribution a) =>
        new(a.Source is { } s ? [s] : [], [a.Cue], a.ContentParts);
}
