using NewsLens.Analyzers.Style;
using NewsLens.Learning;
using NewsLens.Models;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The accurate pipeline's verdict head (<c>verdict.encoder.bin</c>), stacked on the fast model (<c>verdict.bin</c>):
/// a logistic regression over the fast model's term margin (tf-idf words, no style), the standardised
/// <see cref="VerdictSignals"/>, and the mean of the article's sentence vectors from the shared encoder, then Platt
/// calibration. Linear in the mean vector, so each sentence's share of the score is exact. Immutable, thread-safe.
/// </summary>
public sealed class EncoderVerdictModel
{
    /// <summary>Name under which the file records the SHA-256 of the <c>verdict.bin</c> whose term margin it reads.</summary>
    public const string StacksOnFact = "stacksOn.verdict.sha256";

    /// <summary>What the file holds.</summary>
    public static ModelSpec Spec { get; } = new("newslens.verdict.encoder", 1, "verdict.encoder.bin", "newslens train verdict --encoder")
    {
        Texts = ["signals"],
        Arrays = ["signal.mean", "signal.std", "signal.weights", "vector.weights"],
        Scalars = ["textWeight", "bias", "vectorBaseline", "platt.a", "platt.b", "positiveRate"],
    };

    /// <param name="signalNames">names of the signals read, in <see cref="VerdictSignals.Names"/> order.</param>
    /// <param name="signalMean">training mean of each signal.</param>
    /// <param name="signalStd">training standard deviation of each signal.</param>
    /// <param name="signalWeights">weight per clipped z-score.</param>
    /// <param name="vectorWeights">weight per raw dimension of the mean sentence vector (standardisation folded in).</param>
    /// <param name="vectorBaseline">the vector weights times the training mean vector (subtracted, so an average article's vector part is 0).</param>
    /// <param name="textWeight">weight of the fast model's term margin.</param>
    /// <param name="bias">intercept.</param>
    /// <param name="plattA">Platt slope.</param>
    /// <param name="plattB">Platt offset.</param>
    /// <param name="positiveRate">share of hyperpartisan training articles.</param>
    /// <param name="encoderKey">the encoder the vectors came from (<see cref="EncoderIdentity.Key"/>).</param>
    /// <param name="facts">training facts; <see cref="StacksOnFact"/> names the fast model.</param>
    /// <param name="sha256">SHA-256 of the file, when loaded.</param>
    public EncoderVerdictModel(string[] signalNames, float[] signalMean, float[] signalStd, float[] signalWeights, float[] vectorWeights,
        double vectorBaseline, double textWeight, double bias, double plattA, double plattB, double positiveRate, string encoderKey,
        IReadOnlyDictionary<string, string> facts, string? sha256 = null)
    {
        int s = signalNames.Length;
        if (signalMean.Length != s || signalStd.Length != s || signalWeights.Length != s)
            throw new ArgumentException("signal arrays differ in length from the signal names");
        if (!signalNames.SequenceEqual(VerdictSignals.Names))
            throw new ArgumentException($"the signals ({string.Join(", ", signalNames)}) are not the ones this build reads");
        if (vectorWeights.Length == 0) throw new ArgumentException("no vector weights");
        (SignalNames, SignalMean, SignalStd, SignalWeights, VectorWeights) = (signalNames, signalMean, signalStd, signalWeights, vectorWeights);
        (VectorBaseline, TextWeight, Bias, PlattA, PlattB, PositiveRate, EncoderKey, Facts, Sha256) =
            (vectorBaseline, textWeight, bias, plattA, plattB, positiveRate, encoderKey, facts, sha256);
    }

    public string[] SignalNames { get; }
    public float[] SignalMean { get; }
    public float[] SignalStd { get; }
    public float[] SignalWeights { get; }
    public float[] VectorWeights { get; }
    public double VectorBaseline { get; }
    public double TextWeight { get; }
    public double Bias { get; }
    public double PlattA { get; }
    public double PlattB { get; }
    public double PositiveRate { get; }
    public string EncoderKey { get; }
    public IReadOnlyDictionary<string, string> Facts { get; }
    public string? Sha256 { get; }

    /// <summary>The SHA-256 of the <c>verdict.bin</c> it was trained on, when recorded.</summary>
    public string? StacksOn => Facts.GetValueOrDefault(StacksOnFact);

    /// <summary>Everything but the term margin, for <paramref name="document"/>: its signals and sentences' shares.</summary>
    /// <exception cref="InvalidOperationException">when the sentence vectors are missing or come from another encoder.</exception>
    public EncoderVerdictScore Score(Document document, StyleProfile profile)
    {
        var table = VectorLayers.Require(document, VectorLayers.Sentences, "the encoder verdict", EncoderKey, Spec);
        if (table.Dimension != VectorWeights.Length)
            throw new InvalidOperationException($"{Spec.FileName} reads {VectorWeights.Length}-d sentence vectors, the encoder wrote {table.Dimension}-d; retrain with `{Spec.TrainCommand}`");
        var signals = VerdictSignals.Read(document, profile);
        var contributions = new double[signals.Length];
        double rest = Bias;
        for (int k = 0; k < signals.Length; k++)
        {
            contributions[k] = SignalWeights[k] * VerdictVectors.Z(signals[k].Value, SignalMean[k], SignalStd[k]);
            rest += contributions[k];
        }
        var sentences = SentenceShares(document, table, out double vectorPart);
        return new EncoderVerdictScore(this, TextWeight, rest + vectorPart, vectorPart, signals, contributions, sentences);
    }

    /// <summary>The mean of the rows of sentences that have tokens (a sentence without tokens has a zero row).</summary>
    public static float[] MeanSentenceVector(Document document, VectorTable table)
    {
        var mean = new float[table.Dimension];
        int used = 0;
        for (int i = 0; i < document.Sentences.Count && i < table.Count; i++)
        {
            if (document.Sentences[i].TokenCount == 0) continue;
            var row = table[i];
            for (int d = 0; d < mean.Length; d++) mean[d] += row[d];
            used++;
        }
        if (used > 0) for (int d = 0; d < mean.Length; d++) mean[d] /= used;
        return mean;
    }

    // Each sentence's share of the vector part: (w·v_s − baseline) / n over the n sentences with tokens; they sum to it.
    private double[] SentenceShares(Document document, VectorTable table, out double total)
    {
        var shares = new double[document.Sentences.Count];
        int used = 0;
        for (int i = 0; i < shares.Length && i < table.Count; i++) if (document.Sentences[i].TokenCount > 0) used++;
        total = 0;
        if (used == 0) return shares;
        for (int i = 0; i < shares.Length && i < table.Count; i++)
        {
            if (document.Sentences[i].TokenCount == 0) continue;
            var row = table[i];
            double dot = 0;
            for (int d = 0; d < row.Length; d++) dot += VectorWeights[d] * row[d];
            shares[i] = (dot - VectorBaseline) / used;
            total += shares[i];
        }
        return shares;
    }

    /// <summary>Calibrated probability for a stacked margin.</summary>
    public double Calibrate(double margin) => Logistic.Sigmoid(PlattA * margin + PlattB);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream does not hold one this build reads.</exception>
    public static EncoderVerdictModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        var encoder = m.TrainedWith.GetValueOrDefault(ModelDependencies.Encoder)
            ?? throw new InvalidDataException($"{Spec.FileName}: does not name the encoder it was trained on; retrain with `{Spec.TrainCommand}`");
        try
        {
            return new EncoderVerdictModel(m.Text("signals").Split('\n', StringSplitOptions.RemoveEmptyEntries), m.Array("signal.mean"),
                m.Array("signal.std"), m.Array("signal.weights"), m.Array("vector.weights"), m.Scalar("vectorBaseline"), m.Scalar("textWeight"),
                m.Scalar("bias"), m.Scalar("platt.a"), m.Scalar("platt.b"), m.Scalar("positiveRate"), encoder, m.Facts, m.Sha256);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{Spec.FileName}: {e.Message}; retrain with `{Spec.TrainCommand}`");
        }
    }

    /// <summary>Writes the model; the same model gives byte-identical output.</summary>
    public void Save(Stream stream)
    {
        var m = new ModelContent();
        m.Texts["signals"] = string.Join('\n', SignalNames);
        m.Arrays["signal.mean"] = SignalMean;
        m.Arrays["signal.std"] = SignalStd;
        m.Arrays["signal.weights"] = SignalWeights;
        m.Arrays["vector.weights"] = VectorWeights;
        m.Scalars["vectorBaseline"] = VectorBaseline;
        m.Scalars["textWeight"] = TextWeight;
        m.Scalars["bias"] = Bias;
        m.Scalars["platt.a"] = PlattA;
        m.Scalars["platt.b"] = PlattB;
        m.Scalars["positiveRate"] = PositiveRate;
        foreach (var (k, v) in Facts) m.Facts[k] = v;
        m.TrainedWith[ModelDependencies.Encoder] = EncoderKey;
        m.TrainedWith[ModelDependencies.Lexicon] = ModelDependencies.Current(ModelDependencies.Lexicon);
        ModelFile.Write(stream, Spec, m);
    }
}

/// <summary>
/// The encoder head's part of one article's verdict: the stacked margin is <c>TextWeight × term margin + Rest</c>.
/// </summary>
/// <param name="Model">the head that scored it.</param>
/// <param name="TextWeight">weight of the fast model's term margin.</param>
/// <param name="Rest">intercept + signal contributions + the vector part.</param>
/// <param name="VectorPart">the sentence vectors' share (the sum of <paramref name="SentenceShares"/>).</param>
/// <param name="Signals">the article's signals.</param>
/// <param name="SignalContributions">each signal's share of the margin.</param>
/// <param name="SentenceShares">each sentence's share of the vector part (0 for sentences without tokens).</param>
public sealed record EncoderVerdictScore(EncoderVerdictModel Model, double TextWeight, double Rest, double VectorPart,
    VerdictSignal[] Signals, double[] SignalContributions, double[] SentenceShares);
