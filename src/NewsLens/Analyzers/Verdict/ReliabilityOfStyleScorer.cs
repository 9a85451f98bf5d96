namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The reliability-of-style score, 0-100, distinct from the hyperpartisan probability: no weights are fitted, only
/// its reference (the training articles labelled not hyperpartisan) comes from the labels.
/// For every style feature with a risk direction r (+1: more is riskier, such as insults, exclamations, all caps,
/// subjective, biased and emotional words, boosters, second person, questions; -1: more is more careful, such as
/// hedges, reporting verbs, quotes, numbers), z is its deviation from the mean of the training articles labelled
/// not hyperpartisan, in their standard deviations. The score is <c>100 · (1 − mean(clip(r·z, 0, 3)) / 3)</c>:
/// 100 when no feature is worse than that reference, 0 when every one is 3 standard deviations worse.
/// </summary>
public static class ReliabilityOfStyleScorer
{
    public const double MaxExcess = 3;

    internal static double Score(double[] style, VerdictModelData model) =>
        Score(style, model.MainstreamMean, model.MainstreamStd, model.ReliabilityWeights);

    internal static double Score(double[] style, float[] referenceMean, float[] referenceStd, float[] risk)
    {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < style.Length; k++)
        {
            float r = risk[k];
            if (r == 0) continue;
            double z = VerdictVectors.Z(style[k], referenceMean[k], referenceStd[k]);
            sum += Math.Clamp(r * z, 0, MaxExcess);
            n++;
        }
        return n == 0 ? 100 : Math.Round(100 * (1 - sum / n / MaxExcess), 1);
    }
}
