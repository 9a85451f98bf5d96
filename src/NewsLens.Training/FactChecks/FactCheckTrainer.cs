using NewsLens.FactChecks;
using NewsLens.Training.Learning;

namespace NewsLens.Training.FactChecks;

/// <summary>
/// Trains the fact-check re-ranker on CheckThat! 2020 Task 2 train: a seeded share of the train queries is set aside;
/// the rest chooses the first-stage fusion weight and the L2 strength by query-grouped cross-validation; the final model
/// is trained on all of that rest and scored once on the set-aside queries and on dev (never used to choose anything).
/// </summary>
public sealed class FactCheckTrainer(FactCheckTrainingOptions options, TextWriter log)
{
    private sealed record Query(string Id, MatchQuery Match, HashSet<string> Gold);

    public FactCheckTrainingResult Run(ClaimRetrievalCorpus corpus, IClaimEncoder encoder)
    {
        log.WriteLine($"indexing {corpus.Claims.Count} verified claims (text and title vectors)...");
        var index = FactCheckIndex.Build(corpus.Claims, encoder);
        var train = Queries(corpus.Train, corpus.TrainQrels, encoder);
        var dev = Queries(corpus.Dev, corpus.DevQrels, encoder);
        var shuffled = train.ToArray();
        new Random(options.Seed).Shuffle(shuffled);
        int held = (int)Math.Round(shuffled.Length * options.HoldoutShare);
        var holdout = shuffled[..held];
        var tune = shuffled[held..];
        int[] fold = [.. tune.Select((_, i) => i % options.Folds)];
        log.WriteLine($"train: {tune.Length} tuning queries in {options.Folds} folds, {holdout.Length} set aside; dev: {dev.Count} queries");

        var scores = new List<(string, string, RetrievalScores)>();
        var lexical = new FactCheckMatcher(index, null, new FactCheckMatcherOptions { FirstStageDepth = options.Depth });
        foreach (var (name, split) in new[] { ("tune", tune), ("set-aside", holdout), ("dev", dev.ToArray()) })
            scores.Add(("BM25", name, Evaluate(lexical, split, lexicalOnly: true)));
        float bestW = options.LexicalWeightGrid.MaxBy(w => Evaluate(Matcher(index, null, w), tune).Map5);
        foreach (var w in new[] { 0f, bestW })
        {
            var m = Matcher(index, null, w);
            string system = w == 0 ? "vectors" : FormattableString.Invariant($"vectors + {w:0.0#} BM25 share");
            foreach (var (name, split) in new[] { ("tune", tune), ("set-aside", holdout), ("dev", dev.ToArray()) })
                scores.Add((system, name, Evaluate(m, split)));
        }
        log.WriteLine($"first-stage fusion weight chosen on tune: {bestW}");

        var firstStage = Matcher(index, null, bestW);
        var candidates = tune.Select(q => firstStage.Candidates(q.Match).Select(c => (c.Features, Label: q.Gold.Contains(index.Claim(c.Stage.Row).Id) ? 1 : 0)).ToArray()).ToArray();
        double recall = tune.Select((q, i) => (double)candidates[i].Count(c => c.Label == 1) / q.Gold.Count).Average();
        log.WriteLine($"first-stage candidate recall on tune: {recall:0.0000}");

        double bestL2 = options.L2Grid[0];
        RetrievalScores? bestCv = null;
        foreach (double l2 in options.L2Grid)
        {
            var runs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (int f = 0; f < options.Folds; f++)
            {
                var model = Fit([.. candidates.Where((_, i) => fold[i] != f).SelectMany(c => c)], l2, encoder.Key);
                var m = Matcher(index, model, bestW);
                foreach (var (q, i) in tune.Select((q, i) => (q, i)).Where(x => fold[x.i] == f)) runs[q.Id] = Ranked(m, q);
            }
            var cv = RetrievalMetrics.Score(runs, tune.ToDictionary(q => q.Id, q => q.Gold));
            log.WriteLine(FormattableString.Invariant($"L2 {l2:g3}: CV {cv}"));
            if (bestCv is null || cv.Map5 > bestCv.Map5)
            {
                bestCv = cv;
                bestL2 = l2;
            }
        }
        scores.Add(("re-ranked", "tune (CV)", bestCv!));
        var rows = candidates.SelectMany(c => c).ToArray();
        var final = Fit(rows, bestL2, encoder.Key, bestW);
        var finalMatcher = Matcher(index, final, bestW);
        scores.Add(("re-ranked", "set-aside", Evaluate(finalMatcher, holdout)));
        scores.Add(("re-ranked", "dev", Evaluate(finalMatcher, dev.ToArray())));
        return new FactCheckTrainingResult(final, bestL2, bestW, scores, recall, rows.Length, rows.Count(r => r.Label == 1));
    }

    private FactCheckMatcher Matcher(IFactCheckIndex index, FactCheckReRanker? model, float w) =>
        new(index, model, new FactCheckMatcherOptions { FirstStageDepth = options.Depth, LexicalWeight = w });

    private static List<Query> Queries(IReadOnlyList<(string Id, string Text)> queries, IReadOnlyDictionary<string, HashSet<string>> qrels, IClaimEncoder encoder)
    {
        var kept = queries.Where(q => qrels.TryGetValue(q.Id, out var g) && g.Count > 0).ToArray();
        var cleaned = kept.Select(q => new MatchQuery(q.Text).Text).ToArray();
        var vectors = encoder.Encode(cleaned);
        var parts = cleaned.Select(MatchText.Parts).ToArray();
        var partVectors = encoder.Encode([.. parts.SelectMany(p => p)]);
        int at = 0;
        return [.. kept.Select((q, i) =>
        {
            var mine = partVectors[at..(at + parts[i].Count)];
            at += parts[i].Count;
            return new Query(q.Id, new MatchQuery(q.Text, vectors[i], mine), qrels[q.Id]);
        })];
    }

    private static RetrievalScores Evaluate(FactCheckMatcher matcher, Query[] split, bool lexicalOnly = false) =>
        RetrievalMetrics.Score(
            split.ToDictionary(q => q.Id, q => Ranked(matcher, lexicalOnly ? q with { Match = new MatchQuery(q.Match.Text) } : q)),
            split.ToDictionary(q => q.Id, q => q.Gold));

    private static IReadOnlyList<string> Ranked(FactCheckMatcher matcher, Query q) =>
        [.. matcher.Match(q.Match, 1000).Select(h => matcher.Index.Claim(h.Row).Id)];

    private FactCheckReRanker Fit((float[] Features, int Label)[] rows, double l2, string encoderKey, float lexicalWeight = 0)
    {
        int width = MatchFeatures.Count;
        var mean = new float[width];
        var std = new float[width];
        for (int k = 0; k < width; k++)
        {
            mean[k] = (float)rows.Average(r => r.Features[k]);
            double variance = rows.Average(r => (r.Features[k] - mean[k]) * (double)(r.Features[k] - mean[k]));
            std[k] = (float)Math.Max(Math.Sqrt(variance), 1e-6);
        }
        var w = DenseLogisticRegression.Train(rows.Length, width + 1,
            (i, x) =>
            {
                for (int k = 0; k < width; k++) x[k] = (rows[i].Features[k] - mean[k]) / std[k];
                x[width] = 1;
            },
            i => rows[i].Label, _ => 1f, options.Epochs, options.LearningRate, l2, options.Seed);
        return new FactCheckReRanker(w[..width], w[width], mean, std, encoderKey, null,
            new FactCheckMatcherOptions { FirstStageDepth = options.Depth, LexicalWeight = lexicalWeight });
    }
}
