using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Claims;
using NewsLens.Learning;
using NewsLens.Training.Learning;

namespace NewsLens.Training.Claims;

/// <summary>
/// Trains and evaluates the check-worthiness model from the shared data: CheckThat! 2019 and 2020 debate transcripts,
/// CheckThat! 2020 and 2022 tweets, and a ClaimBuster two-class set. Deterministic for fixed options.
/// Evaluation keeps every evaluated item out of its own training data: transcripts by grouped folds (a transcript and
/// its copy in the other year's set share a group), ClaimBuster by k folds (with identical transcript lines removed
/// from training), tweets on the official dev files (dev tweets removed from training by id and text).
/// </summary>
public sealed class ClaimTrainer(ClaimTrainingOptions options, TextWriter log)
{
    private readonly ClaimTrainingOptions _o = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TextWriter _log = log ?? throw new ArgumentNullException(nameof(log));

    internal sealed class Example
    {
        public required int[] Idx;
        public required float[] Val;
        public required int Label;
        public required float Weight;
        public required string Key; // normalised text, for de-duplication across sets
        public required string Text; // the text as read, for the encoder
        public required ClaimDomain Domain;
        public int Group = -1; // transcript group, -1 otherwise
        public int Item = -1; // transcript, tweet or sentence index within its source list
    }

    /// <summary>Featurised data, loaded once and reused by every fold.</summary>
    public sealed class Data
    {
        internal List<Transcript> Transcripts { get; } = [];
        internal List<int> TranscriptGroup { get; } = [];
        internal List<Example[]> TranscriptExamples { get; } = [];
        internal List<Example> TweetTrain { get; } = [];
        internal List<Example> Tweet2020Dev { get; } = [];
        internal List<Example> Tweet2022Dev { get; } = [];
        internal Dictionary<string, List<Example>> ClaimBuster { get; } = [];
        internal List<Example> FactualTrain { get; } = [];
        internal List<Example> FactualDev { get; } = [];
    }

    private string P(params string[] parts) => Path.Combine([_o.DataRoot, .. parts]);

    /// <summary>Reads and featurises everything.</summary>
    public Data Load(bool allClaimBusterSets = false)
    {
        var sw = Stopwatch.StartNew();
        var data = new Data();
        var featurizer = new ClaimFeaturizer(_o.Features);
        foreach (var (set, dir) in new[] { ("2019", P("checkthat2019-task1-checkworthiness-debates-en", "training")), ("2020", P("checkthat2020-task5-checkworthiness-debates-en", "training")) })
            foreach (var file in Directory.GetFiles(dir, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
                data.Transcripts.Add(CheckThatReader.ReadTranscript(file, set));
        foreach (var t in data.Transcripts)
        {
            var ex = Featurize(featurizer, t.Lines.Select(l => l.Text).ToList(), t.Lines.Select(l => (string?)l.Speaker).ToList(),
                ClaimDomain.Transcript, t.Lines.Select(l => l.Label ?? 0).ToList(), _o.TranscriptPositiveWeight);
            data.TranscriptExamples.Add(ex);
        }
        data.TranscriptGroup.AddRange(GroupTranscripts(data.Transcripts));

        var dev20 = CheckThatReader.ReadTweets(P("checkthat2020-task1-checkworthiness-tweets-en", "dev_v2.tsv"));
        var dev22 = CheckThatReader.ReadTweets(P("checkthat2022-task1-en-tweets", "CT22_english_1A_checkworthy_dev.tsv"));
        var devIds = dev20.Concat(dev22).Select(t => t.TweetId).ToHashSet();
        var devKeys = dev20.Concat(dev22).Select(t => Key(t.Text)).ToHashSet();
        var train = CheckThatReader.ReadTweets(P("checkthat2020-task1-checkworthiness-tweets-en", "training_v2.tsv"))
            .Concat(CheckThatReader.ReadTweets(P("checkthat2022-task1-en-tweets", "CT22_english_1A_checkworthy_train.tsv")))
            .Where(t => !devIds.Contains(t.TweetId) && !devKeys.Contains(Key(t.Text)))
            .DistinctBy(t => t.TweetId).ToList();
        data.TweetTrain.AddRange(FeaturizeTweets(featurizer, train));
        data.Tweet2020Dev.AddRange(FeaturizeTweets(featurizer, dev20));
        data.Tweet2022Dev.AddRange(FeaturizeTweets(featurizer, dev22));

        // CheckThat! 2022 1B: is the tweet a verifiable factual claim? Trains the factual head; dev kept out.
        data.FactualTrain.AddRange(FeaturizeTweets(featurizer, CheckThatReader.ReadTweets(P("checkthat2022-task1-en-tweets", "CT22_english_1B_claim_train.tsv"))));
        data.FactualDev.AddRange(FeaturizeTweets(featurizer, CheckThatReader.ReadTweets(P("checkthat2022-task1-en-tweets", "CT22_english_1B_claim_dev.tsv"))));

        foreach (var set in allClaimBusterSets ? new[] { "20", "25", "30" } : [_o.ClaimBusterSet])
        {
            var sentences = CheckThatReader.ReadClaimBuster(P("claimbuster-ncs", $"kfold_{set}ncs.json"));
            var ex = Featurize(featurizer, sentences.Select(s => s.Text).ToList(), null, ClaimDomain.Sentence,
                sentences.Select(s => s.Label).ToList(), 1f, _o.ClaimBusterWeight);
            data.ClaimBuster[set] = [.. ex];
        }
        _log.WriteLine(FormattableString.Invariant(
            $"loaded {data.Transcripts.Count} transcripts ({data.TranscriptExamples.Sum(e => e.Length):N0} lines, {data.TranscriptGroup.Distinct().Count()} groups), {data.TweetTrain.Count} training tweets, {data.Tweet2020Dev.Count}+{data.Tweet2022Dev.Count} dev tweets, ClaimBuster {string.Join(", ", data.ClaimBuster.Select(kv => $"{kv.Key}: {kv.Value.Count:N0}"))} in {sw.Elapsed.TotalSeconds:0.0} s"));
        return data;
    }

    private List<Example> FeaturizeTweets(ClaimFeaturizer f, List<LabelledTweet> tweets) =>
        [.. Featurize(f, tweets.Select(t => t.Text).ToList(), null, ClaimDomain.Tweet, tweets.Select(t => t.Label ?? 0).ToList(), 1f, _o.TweetWeight)];

    private static Example[] Featurize(ClaimFeaturizer featurizer, List<string> texts, List<string?>? speakers, ClaimDomain domain,
        List<int> labels, float positiveWeight, float weight = 1f)
    {
        var (doc, units) = ClaimDocuments.FromTexts(texts, speakers);
        var quantities = ClaimScorer.ExtractPerUnit(doc, units);
        var tokens = doc.Tokens as NewsLens.Text.Token[] ?? [.. doc.Tokens];
        var hashes = new ClaimFeaturizer.TokenHashes(doc.Text, tokens);
        var buffer = new FeatureBuffer();
        var result = new Example[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            featurizer.Featurize(hashes, units, i, domain, quantities[i], buffer);
            var (idx, val) = buffer.ToArrays();
            result[i] = new Example
            {
                Idx = idx, Val = val, Label = labels[i], Weight = weight * (labels[i] == 1 ? positiveWeight : 1f), Key = Key(texts[i]), Item = i,
                Text = texts[i], Domain = domain,
            };
        }
        return result;
    }

    /// <summary>Lower-case letters and digits only: "Thank you." and "thank you" share a key.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    // Transcripts that share at least 10% of the smaller one's distinct lines are the same event (the 2019 and 2020
    // sets re-segment some debates), so they go in the same group.
    private static int[] GroupTranscripts(List<Transcript> transcripts)
    {
        var sets = transcripts.Select(t => t.Lines.Select(l => Key(l.Text)).Where(k => k.Length > 20).ToHashSet()).ToArray();
        var parent = Enumerable.Range(0, transcripts.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int a = 0; a < sets.Length; a++)
            for (int b = a + 1; b < sets.Length; b++)
            {
                int shared = sets[a].Count(sets[b].Contains);
                if (shared >= 0.1 * Math.Min(sets[a].Count, sets[b].Count) && shared > 0) parent[Find(b)] = Find(a);
            }
        var ids = new Dictionary<int, int>();
        return [.. Enumerable.Range(0, transcripts.Count).Select(i => ids.TryGetValue(Find(i), out var g) ? g : ids[Find(i)] = ids.Count)];
    }

    internal ClaimTrainingOptions Options => _o;

    internal LogisticRegression Fit(List<Example> examples, int seed)
    {
        return LogisticRegression.Train(
            examples.Select(e => (e.Idx, e.Val)).ToList(), examples.Select(e => e.Label == 1).ToList(), 1 << _o.Features.Bits,
            epochs: _o.Epochs, learningRate: _o.LearningRate, l2: _o.L2, seed: seed, sampleWeights: examples.Select(e => e.Weight).ToList());
    }

    private static double Predict(LogisticRegression lr, Example e) => lr.Probability(e.Idx, e.Val);

    internal static double Margin(LogisticRegression lr, Example e) => lr.Margin(e.Idx, e.Val);

    // Unweighted: the 1B labels are about two-thirds positive.
    private LogisticRegression FitFactual(Data data) => LogisticRegression.Train(
        data.FactualTrain.Select(e => (e.Idx, e.Val)).ToList(), data.FactualTrain.Select(e => e.Label == 1).ToList(), 1 << _o.Features.Bits,
        epochs: _o.Epochs, learningRate: _o.LearningRate, l2: _o.L2, seed: _o.Seed);

    private void EvaluateFactual(Data data)
    {
        var lr = FitFactual(data);
        var s = data.FactualDev.Select(e => Predict(lr, e)).ToList();
        var y = data.FactualDev.Select(e => e.Label).ToList();
        var (p, r, f1) = RankingMetrics.PositiveF1(s, y, 0.5);
        double acc = s.Zip(y).Count(x => (x.First >= 0.5) == (x.Second == 1)) / (double)y.Count;
        _log.WriteLine();
        _log.WriteLine(FormattableString.Invariant($"== factual head: trained on CheckThat! 2022 1B train ({data.FactualTrain.Count}), scored on 1B dev ({y.Count}, {y.Sum()} claims)"));
        _log.WriteLine(FormattableString.Invariant($"F1(claim) {f1:0.0000} (P {p:0.000} R {r:0.000}), accuracy {acc:0.0000} (majority class {Math.Max(y.Average(), 1 - y.Average()):0.0000})"));
    }

    /// <summary>Trains the final model on all training data (minus <see cref="ClaimTrainingOptions.ExcludeFromFinal"/>).</summary>
    public ClaimModel TrainFinal(Data data, double transcriptThreshold, double tweetThreshold, string command)
    {
        var sw = Stopwatch.StartNew();
        var examples = new List<Example>();
        int excluded = 0;
        for (int t = 0; t < data.Transcripts.Count; t++)
        {
            if (_o.ExcludeFromFinal.Any(p => data.Transcripts[t].Name.StartsWith(p, StringComparison.Ordinal))) { excluded++; continue; }
            examples.AddRange(data.TranscriptExamples[t]);
        }
        examples.AddRange(data.TweetTrain);
        examples.AddRange(data.ClaimBuster[_o.ClaimBusterSet]);
        var lr = Fit(examples, _o.Seed);
        _log.WriteLine(FormattableString.Invariant($"final model: {examples.Count:N0} examples ({excluded} transcripts left out: {string.Join(", ", _o.ExcludeFromFinal)}), trained in {sw.Elapsed.TotalSeconds:0.0} s"));
        var thresholds = new Dictionary<ClaimDomain, double>
        {
            [ClaimDomain.Sentence] = 0.5, [ClaimDomain.Tweet] = tweetThreshold, [ClaimDomain.Transcript] = transcriptThreshold,
        };
        var info = new Dictionary<string, string>
        {
            ["command"] = command,
            ["data"] = $"checkthat2019 debates + checkthat2020 debates (training), checkthat2020 tweets training_v2 + checkthat2022 1A train, claimbuster kfold_{_o.ClaimBusterSet}ncs",
            ["epochs"] = _o.Epochs.ToString(CultureInfo.InvariantCulture),
        };
        var factual = FitFactual(data);
        return new ClaimModel(_o.Features, lr.Weights, lr.Bias, thresholds, info) { FactualWeights = factual.Weights, FactualBias = factual.Bias };
    }

    /// <summary>Runs every evaluation, prints a report to the log and returns the figures.</summary>
    public ClaimEvaluation Evaluate(Data data)
    {
        var debates = EvaluateTranscripts(data);
        var tweets = EvaluateTweets(data);
        EvaluateFactual(data);
        var cb = new Dictionary<string, (double F1, double MacroF1, double Precision, double Recall)>();
        if (_o.EvaluateClaimBuster)
            foreach (var set in data.ClaimBuster.Keys.OrderBy(k => k, StringComparer.Ordinal)) cb[set] = EvaluateClaimBuster(data, set);
        return new ClaimEvaluation(debates.Map2019, debates.Map2020, debates.Threshold, tweets.Map2020, tweets.P30_2020, tweets.F1_2020,
            tweets.Map2022, tweets.F1_2022, cb, tweets.Threshold);
    }

    private (double Map2019, double Map2020, double Threshold) EvaluateTranscripts(Data data)
    {
        var sw = Stopwatch.StartNew();
        var groups = data.TranscriptGroup.Distinct().OrderBy(g => g).ToArray();
        var rng = new Random(_o.Seed);
        var shuffled = groups.ToArray();
        rng.Shuffle(shuffled);
        int k = _o.Folds <= 0 ? groups.Length : Math.Min(_o.Folds, groups.Length);
        var foldOf = new Dictionary<int, int>();
        for (int i = 0; i < shuffled.Length; i++) foldOf[shuffled[i]] = i % k;
        var scores = data.TranscriptExamples.Select(e => new double[e.Length]).ToArray();
        var cbAll = data.ClaimBuster[_o.ClaimBusterSet];
        for (int fold = 0; fold < k; fold++)
        {
            var heldOut = Enumerable.Range(0, data.Transcripts.Count).Where(t => foldOf[data.TranscriptGroup[t]] == fold).ToList();
            var heldKeys = heldOut.SelectMany(t => data.TranscriptExamples[t]).Select(e => e.Key).ToHashSet();
            var train = new List<Example>();
            for (int t = 0; t < data.Transcripts.Count; t++)
                if (foldOf[data.TranscriptGroup[t]] != fold) train.AddRange(data.TranscriptExamples[t]);
            train.AddRange(data.TweetTrain);
            train.AddRange(cbAll.Where(e => !heldKeys.Contains(e.Key)));
            var lr = Fit(train, _o.Seed + fold);
            foreach (var t in heldOut)
                for (int i = 0; i < scores[t].Length; i++) scores[t][i] = Predict(lr, data.TranscriptExamples[t][i]);
        }
        _log.WriteLine();
        _log.WriteLine(FormattableString.Invariant($"== CheckThat! debates: grouped {(k == groups.Length ? "leave-one-transcript-group-out" : $"{k}-fold")} cross-validation ({groups.Length} groups; {sw.Elapsed.TotalSeconds:0} s)"));
        _log.WriteLine("set   transcript                                  lines  pos     AP    R-P    P@5   P@10");
        var map = new Dictionary<string, List<double>>();
        var pooledScores = new List<double>();
        var pooledLabels = new List<int>();
        for (int t = 0; t < data.Transcripts.Count; t++)
        {
            var tr = data.Transcripts[t];
            var labels = tr.Lines.Select(l => l.Label ?? 0).ToList();
            double ap = RankingMetrics.AveragePrecision(scores[t], labels);
            (map.TryGetValue(tr.Set, out var list) ? list : map[tr.Set] = []).Add(ap);
            pooledScores.AddRange(scores[t]);
            pooledLabels.AddRange(labels);
            _log.WriteLine(FormattableString.Invariant(
                $"{tr.Set}  {tr.Name,-42} {labels.Count,6} {labels.Sum(),4} {ap,6:0.000} {RankingMetrics.RPrecision(scores[t], labels),6:0.000} {RankingMetrics.PrecisionAt(scores[t], labels, 5),6:0.000} {RankingMetrics.PrecisionAt(scores[t], labels, 10),6:0.000}"));
        }
        double map19 = map["2019"].Average(), map20 = map["2020"].Average();
        // The threshold that maximises F1 over all held-out lines becomes the model's class threshold for transcripts.
        var (bestT, best) = BestF1Threshold(pooledScores, pooledLabels);
        _log.WriteLine(FormattableString.Invariant($"MAP 2019 training transcripts ({map["2019"].Count}): {map19:0.0000}"));
        _log.WriteLine(FormattableString.Invariant($"MAP 2020 training transcripts ({map["2020"].Count}): {map20:0.0000}"));
        _log.WriteLine(FormattableString.Invariant($"pooled F1 of held-out lines at the best threshold {bestT:0.000}: {best:0.000}"));
        return (map19, map20, Math.Round(bestT, 4));
    }

    private (double Map2020, double P30_2020, double F1_2020, double Map2022, double F1_2022, double Threshold) EvaluateTweets(Data data)
    {
        var sw = Stopwatch.StartNew();
        // Trained on exactly the final model's data, in the same order, so these are the shipped model's dev figures.
        var transcripts = new List<Example>();
        for (int t = 0; t < data.Transcripts.Count; t++)
            if (!_o.ExcludeFromFinal.Any(p => data.Transcripts[t].Name.StartsWith(p, StringComparison.Ordinal))) transcripts.AddRange(data.TranscriptExamples[t]);
        var claimBuster = data.ClaimBuster[_o.ClaimBusterSet];
        var others = transcripts.Concat(claimBuster).ToList();
        // The class threshold for tweets is the F1-best one over 5-fold predictions on the training tweets only.
        var tweets = data.TweetTrain;
        var oof = new double[tweets.Count];
        for (int fold = 0; fold < 5; fold++)
        {
            var lrFold = Fit([.. others, .. tweets.Where((_, i) => i % 5 != fold)], _o.Seed + fold);
            for (int i = fold; i < tweets.Count; i += 5) oof[i] = Predict(lrFold, tweets[i]);
        }
        var (threshold, bestF1) = BestF1Threshold(oof, tweets.Select(e => e.Label).ToList());
        var lr = Fit([.. transcripts, .. tweets, .. claimBuster], _o.Seed);
        _log.WriteLine();
        _log.WriteLine(FormattableString.Invariant($"== CheckThat! tweets: trained without the dev files, scored on them ({sw.Elapsed.TotalSeconds:0} s)"));
        _log.WriteLine(FormattableString.Invariant($"class threshold from 5-fold CV on the {tweets.Count} training tweets: {threshold:0.000} (OOF F1 {bestF1:0.000})"));
        var r = new double[5];
        foreach (var (name, dev, slot) in new[] { ("2020 dev_v2", data.Tweet2020Dev, 0), ("2022 1A dev", data.Tweet2022Dev, 1) })
        {
            var s = dev.Select(e => Predict(lr, e)).ToList();
            var y = dev.Select(e => e.Label).ToList();
            double ap = RankingMetrics.AveragePrecision(s, y);
            double p30 = RankingMetrics.PrecisionAt(s, y, 30);
            var (p, rc, f1) = RankingMetrics.PositiveF1(s, y, threshold);
            _log.WriteLine(FormattableString.Invariant($"{name}: {dev.Count} tweets, {y.Sum()} positive: MAP {ap:0.0000}  P@30 {p30:0.0000}  F1(pos) {f1:0.0000} (P {p:0.000} R {rc:0.000})"));
            if (slot == 0) { r[0] = ap; r[1] = p30; r[2] = f1; } else { r[3] = ap; r[4] = f1; }
        }
        return (r[0], r[1], r[2], r[3], r[4], Math.Round(threshold, 4));
    }

    internal static (double Threshold, double F1) BestF1Threshold(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        double best = 0, bestT = 0.5;
        int step = Math.Max(1, scores.Count / 400);
        foreach (var th in scores.OrderBy(s => s).Where((_, i) => i % step == 0))
        {
            double f1 = RankingMetrics.PositiveF1(scores, labels, th).F1;
            if (f1 > best) { best = f1; bestT = th; }
        }
        return (bestT, best);
    }

    private (double F1, double MacroF1, double Precision, double Recall) EvaluateClaimBuster(Data data, string set)
    {
        var sw = Stopwatch.StartNew();
        var all = data.ClaimBuster[set];
        // Stratified folds: positives and negatives are each dealt round-robin after a seeded shuffle.
        var foldOf = new int[all.Count];
        var rng = new Random(_o.Seed);
        foreach (int label in new[] { 0, 1 })
        {
            var idx = Enumerable.Range(0, all.Count).Where(i => all[i].Label == label).ToArray();
            rng.Shuffle(idx);
            for (int i = 0; i < idx.Length; i++) foldOf[idx[i]] = i % _o.ClaimBusterFolds;
        }
        var scores = new double[all.Count];
        for (int fold = 0; fold < _o.ClaimBusterFolds; fold++)
        {
            var testKeys = Enumerable.Range(0, all.Count).Where(i => foldOf[i] == fold).Select(i => all[i].Key).ToHashSet();
            var train = new List<Example>();
            foreach (var ex in data.TranscriptExamples) train.AddRange(ex.Where(e => !testKeys.Contains(e.Key)));
            train.AddRange(data.TweetTrain);
            train.AddRange(Enumerable.Range(0, all.Count).Where(i => foldOf[i] != fold && !testKeys.Contains(all[i].Key)).Select(i => all[i]));
            var lr = Fit(train, _o.Seed + fold);
            for (int i = 0; i < all.Count; i++) if (foldOf[i] == fold) scores[i] = Predict(lr, all[i]);
        }
        var y = all.Select(e => e.Label).ToList();
        var (p, r, f1) = RankingMetrics.PositiveF1(scores, y, 0.5);
        double macro = RankingMetrics.MacroF1(scores, y, 0.5);
        _log.WriteLine();
        _log.WriteLine(FormattableString.Invariant($"== ClaimBuster kfold_{set}ncs: stratified {_o.ClaimBusterFolds}-fold ({all.Count:N0} sentences, {y.Sum():N0} CFS; {sw.Elapsed.TotalSeconds:0} s)"));
        _log.WriteLine(FormattableString.Invariant($"F1(CFS) {f1:0.0000} (P {p:0.000} R {r:0.000})  macro-F1 {macro:0.0000}"));
        return (f1, macro, p, r);
    }
}
