using System.Diagnostics;
using System.Globalization;
using NewsLens.Analyzers.Claims;
using NewsLens.Training.Learning;
using NewsLens.Training.Vectors;

namespace NewsLens.Training.Claims;

/// <summary>
/// Trains <c>claims.encoder.bin</c>: a logistic regression over the shared encoder's vector of each unit (each text
/// encoded alone) and the hashed model's margin, stacked on <c>claims.bin</c>. Every margin a stack trains on is out of
/// fold (from a hashed model that did not see that unit), so the stack learns how far to trust margins on unseen text.
/// Before anything is fitted, whole transcript groups are set aside (<see cref="ClaimStackOptions.HeldOutGroups"/>);
/// cross-validation runs on the rest, and the held-out part is scored once, by models trained on the rest.
/// Deterministic for fixed options and a filled vector cache.
/// </summary>
public sealed class ClaimStackTrainer(ClaimTrainer hashed, ClaimStackOptions stack, EncodedCorpus corpus, TextWriter log)
{
    private readonly ClaimTrainingOptions _o = hashed.Options;
    private const int Domains = 3;

    private sealed class Row
    {
        public required ClaimTrainer.Example Example;
        public required float[] Vector;
        public float[]? Previous, Next;
        public double Margin = double.NaN; // out of fold; NaN until computed
    }

    /// <summary>What <see cref="Run"/> measured and trained.</summary>
    public sealed record Result(ClaimEncoderModel Model, IReadOnlyList<string> Figures);

    private readonly List<string> _figures = [];

    /// <summary>Encodes, evaluates (CV on the rest, the held-out part once, the tweet dev sets) and trains the model to ship.</summary>
    /// <param name="data">the hashed trainer's loaded data.</param>
    /// <param name="shipped">the <c>claims.bin</c> the model will be served with: it gives the dev tweets' margins.</param>
    /// <param name="facts">provenance to store (command, data).</param>
    public Result Run(ClaimTrainer.Data data, ClaimModel shipped, IReadOnlyDictionary<string, string> facts)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shipped);
        if (shipped.Options != _o.Features)
            throw new InvalidDataException($"claims.bin was trained with other features ({shipped.Options}) than these options ({_o.Features})");
        var transcripts = Rows(data);
        var tweets = data.TweetTrain.Select(ToRow).ToList();
        var claimBuster = data.ClaimBuster[_o.ClaimBusterSet].Select(ToRow).ToList();
        var dev20 = data.Tweet2020Dev.Select(ToRow).ToList();
        var dev22 = data.Tweet2022Dev.Select(ToRow).ToList();

        // 1. The held-out part, drawn before anything is fitted.
        var groupOf = data.TranscriptGroup;
        var heldGroups = HeldOutGroups(data);
        var held = Enumerable.Range(0, transcripts.Length).Where(t => heldGroups.Contains(groupOf[t])).ToList();
        var rest = Enumerable.Range(0, transcripts.Length).Where(t => !heldGroups.Contains(groupOf[t])).ToList();
        var heldKeys = held.SelectMany(t => transcripts[t]).Select(r => r.Example.Key).ToHashSet();
        var cb = claimBuster.Where(r => !heldKeys.Contains(r.Example.Key)).ToList();
        log.WriteLine(FormattableString.Invariant(
            $"held out before tuning: {heldGroups.Count} transcript groups, {held.Count} transcripts ({held.Sum(t => transcripts[t].Length):N0} lines): {string.Join(", ", held.Select(t => data.Transcripts[t].Name))}"));

        // 2. Out-of-fold hashed margins: rest transcripts by grouped folds, held-out transcripts from a fit on the rest,
        // training tweets and ClaimBuster by 5 folds each.
        var sw = Stopwatch.StartNew();
        var foldOf = Folds(rest.Select(t => groupOf[t]).Distinct().Order().ToArray());
        int k = foldOf.Values.Max() + 1;
        for (int fold = 0; fold < k; fold++)
        {
            var test = rest.Where(t => foldOf[groupOf[t]] == fold).ToList();
            var testKeys = test.SelectMany(t => transcripts[t]).Select(r => r.Example.Key).ToHashSet();
            var train = rest.Where(t => foldOf[groupOf[t]] != fold).SelectMany(t => transcripts[t]).Select(r => r.Example)
                .Concat(data.TweetTrain).Concat(cb.Where(r => !testKeys.Contains(r.Example.Key)).Select(r => r.Example)).ToList();
            SetMargins(hashed.Fit(train, _o.Seed + fold), test.SelectMany(t => transcripts[t]));
        }
        var restRows = rest.SelectMany(t => transcripts[t]).Select(r => r.Example).ToList();
        SetMargins(hashed.Fit([.. restRows, .. data.TweetTrain, .. cb.Select(r => r.Example)], _o.Seed), held.SelectMany(t => transcripts[t]));
        for (int fold = 0; fold < 5; fold++)
        {
            SetMargins(hashed.Fit([.. restRows, .. cb.Select(r => r.Example), .. tweets.Where((_, i) => i % 5 != fold).Select(r => r.Example)], _o.Seed + fold),
                tweets.Where((_, i) => i % 5 == fold));
            var cbTest = claimBuster.Where((_, i) => i % 5 == fold).ToList();
            var cbKeys = cbTest.Select(r => r.Example.Key).ToHashSet();
            SetMargins(hashed.Fit([.. restRows.Where(e => !cbKeys.Contains(e.Key)), .. data.TweetTrain,
                .. claimBuster.Where((r, i) => i % 5 != fold && !heldKeys.Contains(r.Example.Key)).Select(r => r.Example)], _o.Seed + fold), cbTest);
        }
        var served = new Training.Learning.LogisticRegression(shipped.Weights, shipped.Bias);
        SetMargins(served, dev20.Concat(dev22));
        log.WriteLine(FormattableString.Invariant($"out-of-fold hashed margins: {k} grouped folds on the rest, 1 fit for the held-out part, 5 folds each for tweets and ClaimBuster ({sw.Elapsed.TotalSeconds:0} s)"));

        // 3. Grouped CV of the stack on the rest, same folds; the hashed figures are the same margins ranked alone.
        var stackScores = transcripts.Select(t => new double[t.Length]).ToArray();
        for (int fold = 0; fold < k; fold++)
        {
            var test = rest.Where(t => foldOf[groupOf[t]] == fold).ToList();
            var testKeys = test.SelectMany(t => transcripts[t]).Select(r => r.Example.Key).ToHashSet();
            var train = rest.Where(t => foldOf[groupOf[t]] != fold).SelectMany(t => transcripts[t])
                .Concat(tweets).Concat(cb.Where(r => !testKeys.Contains(r.Example.Key))).ToList();
            var foldModel = Fit(train, _o.Seed + fold, facts);
            foreach (var t in test) Score(foldModel, transcripts[t], stackScores[t]);
        }
        Report($"grouped {k}-fold CV on the rest ({rest.Count} transcripts)", data, transcripts, rest, stackScores);
        var pooled = rest.SelectMany(t => stackScores[t]).ToList();
        var (transcriptThreshold, f1) = ClaimTrainer.BestF1Threshold(pooled, rest.SelectMany(t => transcripts[t]).Select(r => r.Example.Label).ToList());
        log.WriteLine(FormattableString.Invariant($"transcript class threshold (F1-best over the CV scores): {transcriptThreshold:0.000} (F1 {f1:0.000})"));

        // 4. The held-out part, once: hashed margins and stack both trained on the rest only.
        if (stack.ScoreHeldOut)
        {
            var restStack = Fit([.. rest.SelectMany(t => transcripts[t]), .. tweets, .. cb], _o.Seed, facts);
            foreach (var t in held) Score(restStack, transcripts[t], stackScores[t]);
            Report($"held-out part ({held.Count} transcripts), scored once", data, transcripts, held, stackScores);
        }
        else log.WriteLine("held-out part not scored (tuning run)");

        // 5. The model to ship: every transcript but the excluded ones, tweets, ClaimBuster; scored on the tweet dev sets.
        var final = Enumerable.Range(0, transcripts.Length)
            .Where(t => !_o.ExcludeFromFinal.Any(p => data.Transcripts[t].Name.StartsWith(p, StringComparison.Ordinal))).ToList();
        var pool = final.SelectMany(t => transcripts[t]).Concat(claimBuster).ToList();
        var oof = new double[tweets.Count];
        for (int fold = 0; fold < 5; fold++)
        {
            var m = Fit([.. pool, .. tweets.Where((_, i) => i % 5 != fold)], _o.Seed + fold, facts);
            var part = tweets.Where((_, i) => i % 5 == fold).ToArray();
            var s = new double[part.Length];
            Score(m, part, s);
            for (int j = 0, i = fold; i < tweets.Count; i += 5, j++) oof[i] = s[j];
        }
        var (tweetThreshold, tweetF1) = ClaimTrainer.BestF1Threshold(oof, tweets.Select(r => r.Example.Label).ToList());
        log.WriteLine(FormattableString.Invariant($"tweet class threshold (F1-best over 5-fold scores of the training tweets): {tweetThreshold:0.000} (F1 {tweetF1:0.000})"));
        var thresholds = new Dictionary<ClaimDomain, double>
        {
            [ClaimDomain.Sentence] = 0.5, [ClaimDomain.Transcript] = Math.Round(transcriptThreshold, 4), [ClaimDomain.Tweet] = Math.Round(tweetThreshold, 4),
        };
        var shippedFacts = new Dictionary<string, string>(facts) { [ClaimEncoderModel.HashedModelFact] = shipped.Sha256 ?? "" };
        var model = Fit([.. pool, .. tweets], _o.Seed, shippedFacts, thresholds);
        log.WriteLine();
        log.WriteLine("== CheckThat! tweet dev sets (hashed: the shipped claims.bin; stack: the model to ship)");
        foreach (var (name, dev) in new[] { ("2020 dev_v2", dev20), ("2022 1A dev", dev22) })
        {
            var y = dev.Select(r => r.Example.Label).ToList();
            var h = dev.Select(r => r.Margin).ToList();
            var s = new double[dev.Count];
            Score(model, dev, s);
            var (_, _, hf1) = RankingMetrics.PositiveF1(h.Select(NewsLens.Learning.Logistic.Sigmoid).ToList(), y, shipped.Threshold(ClaimDomain.Tweet));
            var (_, _, sf1) = RankingMetrics.PositiveF1(s, y, tweetThreshold);
            Figure($"{name} ({dev.Count} tweets, {y.Sum()} positive): MAP hashed {RankingMetrics.AveragePrecision(h, y):0.0000}, stack {RankingMetrics.AveragePrecision(s, y):0.0000}; F1(pos) hashed {hf1:0.0000}, stack {sf1:0.0000}");
        }
        return new Result(model, _figures);
    }

    private Row ToRow(ClaimTrainer.Example e) => new() { Example = e, Vector = _vectors[e.Text] };

    private Dictionary<string, float[]> _vectors = [];

    // Encodes every distinct text once (ordinal order, so cache chunks are stable) and builds the transcript rows with neighbours.
    private Row[][] Rows(ClaimTrainer.Data data)
    {
        var texts = data.TranscriptExamples.SelectMany(e => e).Concat(data.TweetTrain).Concat(data.Tweet2020Dev).Concat(data.Tweet2022Dev)
            .Concat(data.ClaimBuster[_o.ClaimBusterSet]).Select(e => e.Text).Distinct().Order(StringComparer.Ordinal).ToArray();
        var sw = Stopwatch.StartNew();
        log.WriteLine(FormattableString.Invariant($"encoding {texts.Length:N0} distinct texts, each alone (cached)..."));
        var vectors = corpus.TextVectors(texts, (done, all) =>
            log.WriteLine(FormattableString.Invariant($"  encoded {done:N0}/{all:N0} ({sw.Elapsed.TotalSeconds:0} s)")));
        _vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Length; i++) _vectors[texts[i]] = vectors[i];
        log.WriteLine(FormattableString.Invariant($"vectors ready in {sw.Elapsed.TotalSeconds:0} s"));
        return [.. data.TranscriptExamples.Select(lines =>
        {
            var rows = lines.Select(ToRow).ToArray();
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i].Previous = i > 0 ? rows[i - 1].Vector : null;
                rows[i].Next = i + 1 < rows.Length ? rows[i + 1].Vector : null;
            }
            return rows;
        })];
    }

    private HashSet<int> HeldOutGroups(ClaimTrainer.Data data)
    {
        var groups = new HashSet<int>();
        for (int t = 0; t < data.Transcripts.Count; t++)
            if (_o.ExcludeFromFinal.Any(p => data.Transcripts[t].Name.StartsWith(p, StringComparison.Ordinal))) groups.Add(data.TranscriptGroup[t]);
        var others = data.TranscriptGroup.Distinct().Order().Where(g => !groups.Contains(g)).ToArray();
        new Random(stack.HeldOutSeed).Shuffle(others);
        foreach (var g in others)
        {
            if (groups.Count >= stack.HeldOutGroups) break;
            groups.Add(g);
        }
        return groups;
    }

    private Dictionary<int, int> Folds(int[] groups)
    {
        var shuffled = groups.ToArray();
        new Random(_o.Seed).Shuffle(shuffled);
        int k = _o.Folds <= 0 ? groups.Length : Math.Min(_o.Folds, groups.Length);
        var foldOf = new Dictionary<int, int>();
        for (int i = 0; i < shuffled.Length; i++) foldOf[shuffled[i]] = i % k;
        return foldOf;
    }

    private static void SetMargins(Training.Learning.LogisticRegression lr, IEnumerable<Row> rows)
    {
        foreach (var r in rows) r.Margin = ClaimTrainer.Margin(lr, r.Example);
    }

    private int Dimension => _vectors.Count == 0 ? 0 : _vectors.Values.First().Length;
    private int Blocks => stack.Context ? 3 : 1;

    // Row layout: the standardised vector blocks, then one margin and one intercept column per domain.
    private ClaimEncoderModel Fit(List<Row> rows, int seed, IReadOnlyDictionary<string, string> facts, IReadOnlyDictionary<ClaimDomain, double>? thresholds = null)
    {
        if (rows.Any(r => double.IsNaN(r.Margin))) throw new InvalidOperationException("a training row has no out-of-fold margin");
        int dim = Dimension, blocks = Blocks, width = dim * blocks + 2 * Domains;
        var std = new Learning.Standardizer(dim);
        foreach (var r in rows) std.Add(r.Vector);
        std.Complete(stack.DenseScale);
        var zero = new float[dim];
        var w = DenseLogisticRegression.Train(rows.Count, width, (i, x) =>
        {
            var r = rows[i];
            Put(std, r.Vector, x[..dim]);
            if (blocks == 3 && r.Example.Domain != ClaimDomain.Tweet)
            {
                Put(std, r.Previous ?? zero, x.Slice(dim, dim));
                Put(std, r.Next ?? zero, x.Slice(2 * dim, dim));
            }
            else if (blocks == 3)
            {
                Put(std, zero, x.Slice(dim, dim));
                Put(std, zero, x.Slice(2 * dim, dim));
            }
            int d = (int)r.Example.Domain;
            if (stack.Margin) x[dim * blocks + d] = (float)r.Margin;
            x[dim * blocks + Domains + d] = 1;
        }, i => rows[i].Example.Label, i => rows[i].Example.Weight, stack.Epochs, stack.LearningRate, stack.L2, seed);
        // Fold the standardisation into raw weights; every block's shift moves every domain's intercept alike.
        var dense = new float[dim * blocks];
        double shift = 0;
        for (int b = 0; b < blocks; b++)
        {
            var (folded, s) = std.Fold(w.AsSpan(b * dim, dim));
            folded.CopyTo(dense, b * dim);
            shift += s;
        }
        var margin = w.AsSpan(dim * blocks, Domains).ToArray();
        var bias = w.AsSpan(dim * blocks + Domains, Domains).ToArray().Select(b => (float)(b + shift)).ToArray();
        var info = new Dictionary<string, string>(facts)
        {
            ["stack"] = FormattableString.Invariant($"context {stack.Context}, margin {stack.Margin}, epochs {stack.Epochs}, learning rate {stack.LearningRate}, L2 {stack.L2}, dense scale {stack.DenseScale}, seed {seed}"),
        };
        return new ClaimEncoderModel(dense, dim, stack.Context, margin, bias, thresholds ?? new Dictionary<ClaimDomain, double>(), corpus.Identity.Key, info);
    }

    private static void Put(Learning.Standardizer std, ReadOnlySpan<float> v, Span<float> x)
    {
        v.CopyTo(x);
        std.Apply(x);
    }

    // Scores rows with the model exactly as the scorer does (raw vectors, folded weights).
    private void Score(ClaimEncoderModel model, IReadOnlyList<Row> rows, double[] scores)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            // why: a null neighbour converts to an empty span, which the model reads as no neighbour
            scores[i] = model.Score(r.Margin, r.Example.Domain, r.Vector, r.Previous, r.Next);
        }
    }

    private void Report(string title, ClaimTrainer.Data data, Row[][] transcripts, List<int> which, double[][] stackScores)
    {
        log.WriteLine();
        log.WriteLine($"== CheckThat! debates: {title}");
        log.WriteLine("set   transcript                                  lines  pos  AP hashed  AP stack");
        var map = new SortedDictionary<string, (List<double> Hashed, List<double> Stack)>(StringComparer.Ordinal);
        foreach (int t in which)
        {
            var tr = data.Transcripts[t];
            var y = transcripts[t].Select(r => r.Example.Label).ToList();
            double h = RankingMetrics.AveragePrecision(transcripts[t].Select(r => r.Margin).ToList(), y);
            double s = RankingMetrics.AveragePrecision(stackScores[t], y);
            if (!map.TryGetValue(tr.Set, out var lists)) map[tr.Set] = lists = ([], []);
            lists.Hashed.Add(h);
            lists.Stack.Add(s);
            log.WriteLine(FormattableString.Invariant($"{tr.Set}  {tr.Name,-42} {y.Count,6} {y.Sum(),4} {h,10:0.0000} {s,9:0.0000}"));
        }
        foreach (var (set, (h, s)) in map)
            Figure($"{title}: MAP {set} transcripts ({h.Count}): hashed {h.Average():0.0000}, stack {s.Average():0.0000}");
    }

    private void Figure(FormattableString line)
    {
        string text = line.ToString(CultureInfo.InvariantCulture);
        _figures.Add(text);
        log.WriteLine(text);
    }
}
