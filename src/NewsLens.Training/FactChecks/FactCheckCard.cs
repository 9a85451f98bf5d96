using System.Globalization;
using System.Text;
using NewsLens.FactChecks;

namespace NewsLens.Training.FactChecks;

/// <summary>The printed report and the model card of a re-ranker training run.</summary>
public static class FactCheckCard
{
    public static string Scores(FactCheckTrainingResult result)
    {
        var sb = new StringBuilder();
        MarkdownTable.Append(sb, ["system", "split", "MAP@1", "MAP@3", "MAP@5", "MAP@10", "MRR", "queries"], result.Scores,
            s => [s.System, s.Split, F(s.Scores.Map1), F(s.Scores.Map3), F(s.Scores.Map5), F(s.Scores.Map10), F(s.Scores.Mrr), s.Scores.Queries.ToString(CultureInfo.InvariantCulture)]);
        return sb.ToString();
    }

    public static string Card(FactCheckTrainingResult result, FactCheckTrainingOptions options, string command, string sha256)
    {
        var sb = new StringBuilder();
        sb.Append("# factchecks.reranker.bin\n\n");
        sb.Append("Second stage of fact-check matching (`FactCheckMatcher`): a logistic model over ").Append(MatchFeatures.Count)
          .Append(" features of a (claim, verified claim) pair, re-ranking the merged best ").Append(options.Depth)
          .Append(" of BM25 and the best ").Append(options.Depth).Append(" by sentence-vector cosine.\n\n");
        sb.Append("- **File SHA-256:** `").Append(sha256).Append("`\n");
        sb.Append("- **Encoder:** all-MiniLM-L6-v2 (pretrained, no overrides), key `").Append(result.Model.EncoderKey).Append("` (Apache-2.0)\n");
        sb.Append("- **Data:** CLEF-2020 CheckThat! Task 2 English (`../shared/data/").Append(ClaimRetrievalCorpus.Folder)
          .Append("`, \"free for general research use\"): 10,389 Snopes verified claims; train tweets and qrels for training, dev only for the final score.\n");
        sb.Append("- **Command:** `").Append(command).Append("`\n");
        sb.Append(FormattableString.Invariant($"- **Split:** seed {options.Seed}; {options.HoldoutShare:P0} of train queries set aside untouched until the end; the rest in {options.Folds} query-grouped CV folds\n"));
        sb.Append(FormattableString.Invariant($"- **Chosen on CV:** first-stage BM25-share weight {result.LexicalWeight:0.0#} (grid {string.Join(", ", options.LexicalWeightGrid)}), L2 {result.L2:g3} (grid {string.Join(", ", options.L2Grid)}); AdaGrad {options.Epochs} epochs, rate {options.LearningRate}\n"));
        sb.Append(FormattableString.Invariant($"- **Training pairs:** {result.TrainingPairs:N0} candidates, {result.Positives} positives; first-stage candidate recall on tune {result.CandidateRecall:0.0000}\n\n"));
        sb.Append("## Scores\n\nMAP@k and MRR as the CheckThat! 2020 Task 2 scorer computes them (AP@k divides by the number of relevant claims).\n\n");
        sb.Append(Scores(result)).Append('\n');
        sb.Append("## Weights (over standardised features)\n\n");
        MarkdownTable.Append(sb, ["feature", "weight"], result.Model.Weights(), w => [w.Feature, w.Weight.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)]);
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
