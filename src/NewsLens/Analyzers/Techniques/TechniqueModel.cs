using System.Globalization;
using NewsLens.Models;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// The trained technique models: span identification (SI) and technique classification
/// (TC). Each stage can be used alone. Immutable and thread-safe; load once and share.
/// </summary>
public sealed class TechniqueModel
{

    internal TechniqueModel(SpanIdentifier spans, TechniqueClassifier classifier,
        IReadOnlyDictionary<string, string>? metadata = null, string? sha256 = null)
    {
        Spans = spans;
        Classifier = classifier;
        Metadata = metadata ?? new Dictionary<string, string>();
        Sha256 = sha256;
    }

    public SpanIdentifier Spans { get; }
    public TechniqueClassifier Classifier { get; }

    /// <summary>Free-form facts stored with the model (training data, command, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>SHA-256 of the file it was loaded from; null for a model built in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>What a techniques model file holds (weights stored as packed half-precision pairs).</summary>
    public static ModelSpec Spec { get; } = new("newslens.techniques", 3, "techniques.bin", "newslens train techniques")
    {
        Arrays = ["si.weights", "tc.weights", "tc.bias"],
        Scalars = ["si.count", "si.bias", "si.threshold", "si.maxGap", "si.minSpanScore", "tc.count", "tc.rules"],
    };

    /// <summary>
    /// The accurate pipeline's model: the same hashed features plus weights over the shared encoder's token, span and
    /// sentence vectors (folded with the training data's standardisation). Recorded as trained with that encoder.
    /// </summary>
    public static ModelSpec EncoderSpec { get; } = new("newslens.techniques", 3, "techniques.encoder.bin", "newslens train techniques --encoder")
    {
        Arrays = ["si.weights", "tc.weights", "tc.bias", "si.dense", "tc.dense"],
        Scalars = ["si.count", "si.bias", "si.threshold", "si.maxGap", "si.minSpanScore", "tc.count", "tc.rules"],
    };

    /// <summary>True when the model reads encoder vectors (it was loaded from, or saves as, <see cref="EncoderSpec"/>).</summary>
    public bool UsesEncoder => Spans.Dense is not null;

    /// <summary>The <see cref="EncoderIdentity.Key"/> of the encoder the heads were trained on; vectors from any other are refused.</summary>
    public string? EncoderKey { get; init; }

    /// <summary>Maps a span score to the share of such spans that were technique spans on inner-held-out training
    /// articles; null for a model trained without it (its confidences then use the raw score).</summary>
    internal ScoreCalibration? Calibration { get; init; }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a techniques model of a known version.</exception>
    public static TechniqueModel Load(Stream stream) => Load(stream, Spec);

    /// <summary>Loads the accurate pipeline's model (<see cref="EncoderSpec"/>).</summary>
    /// <exception cref="InvalidDataException">when the stream is not one, or was trained with another encoder.</exception>
    public static TechniqueModel LoadEncoder(Stream stream) => Load(stream, EncoderSpec);

    private static TechniqueModel Load(Stream stream, ModelSpec spec)
    {
        var m = ModelFile.Read(stream, spec);
        float[] W(string name, string count) => HalfPacking.Unpack(m.Array(name), (int)m.Scalar(count));
        bool smooth = m.OptionalArray("si2.weights") is not null;
        var si = new SpanIdentifier(W("si.weights", "si.count"), (float)m.Scalar("si.bias"), (float)m.Scalar("si.threshold"), (int)m.Scalar("si.maxGap"),
            smooth ? W("si2.weights", "si2.count") : null, smooth ? (float)m.Scalar("si2.bias") : 0, (float)m.Scalar("si.minSpanScore"),
            m.OptionalArray("si.dense"));
        var tc = new TechniqueClassifier(W("tc.weights", "tc.count"), m.Array("tc.bias"), m.OptionalArray("tc.dense")) { UseRules = m.Scalar("tc.rules") != 0 };
        if (m.OptionalArray("seg.start.weights") is not null)
        {
            BoundaryHead Head(string n) => new(W($"seg.{n}.weights", $"seg.{n}.count"), (float)m.Scalar($"seg.{n}.bias"), m.OptionalArray($"seg.{n}.dense"));
            si = si.WithSegments(new SegmentDecoder(Head("start"), Head("end"), (float)m.Scalar("seg.boundaryWeight"), (float)m.Scalar("seg.bonus"), (int)m.Scalar("seg.maxLength")));
        }
        if ((si.Dense is null) != (tc.Dense is null)) throw new InvalidDataException($"{spec.FileName}: one stage reads encoder vectors and the other does not");
        return new TechniqueModel(si, tc, m.Facts, m.Sha256)
        {
            EncoderKey = m.TrainedWith.GetValueOrDefault(ModelDependencies.Encoder),
            Calibration = m.OptionalArray("si.calibration") is { } cal ? Calibrated(spec, cal) : null,
        };
    }

    private static ScoreCalibration Calibrated(ModelSpec spec, float[] pairs)
    {
        try { return ScoreCalibration.FromPairs(pairs); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{spec.FileName}: {e.Message}; retrain it with `{spec.TrainCommand}`"); }
    }

    /// <summary>Loads the model file from a file path (<see cref="EncoderSpec"/>'s file name: the encoder model).</summary>
    public static TechniqueModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Path.GetFileName(path) == EncoderSpec.FileName ? LoadEncoder(f) : Load(f);
    }

    public void Save(Stream stream)
    {
        var m = new ModelContent();
        m.Scalars["si.bias"] = Spans.Bias;
        m.Scalars["si.threshold"] = Spans.Threshold;
        m.Scalars["si.maxGap"] = Spans.MaxGap;
        m.Scalars["si.minSpanScore"] = Spans.MinSpanScore;
        m.Scalars["tc.rules"] = Classifier.UseRules ? 1 : 0;
        m.Scalars["si.count"] = Spans.Weights.Length;
        m.Scalars["tc.count"] = Classifier.Weights.Length;
        m.Arrays["si.weights"] = HalfPacking.Pack(Spans.Weights);
        m.Arrays["tc.weights"] = HalfPacking.Pack(Classifier.Weights);
        m.Arrays["tc.bias"] = Classifier.Bias;
        if (UsesEncoder)
        {
            m.Arrays["si.dense"] = Spans.Dense!;
            m.Arrays["tc.dense"] = Classifier.Dense ?? throw new InvalidOperationException("the span stage reads encoder vectors and the class stage does not");
        }
        if (Spans.Segments is { } seg)
        {
            foreach (var (n, head) in new[] { ("start", seg.Start), ("end", seg.End) })
            {
                m.Arrays[$"seg.{n}.weights"] = HalfPacking.Pack(head.Weights);
                m.Scalars[$"seg.{n}.count"] = head.Weights.Length;
                m.Scalars[$"seg.{n}.bias"] = head.Bias;
                if (head.Dense is not null) m.Arrays[$"seg.{n}.dense"] = head.Dense;
            }
            m.Scalars["seg.boundaryWeight"] = seg.BoundaryWeight;
            m.Scalars["seg.bonus"] = seg.SegmentBonus;
            m.Scalars["seg.maxLength"] = seg.MaxLength;
        }
        if (Spans.SmoothWeights is not null)
        {
            m.Scalars["si2.bias"] = Spans.SmoothBias;
            m.Scalars["si2.count"] = Spans.SmoothWeights.Length;
            m.Arrays["si2.weights"] = HalfPacking.Pack(Spans.SmoothWeights);
        }
        if (Calibration is { } cal) m.Arrays["si.calibration"] = cal.ToPairs();
        foreach (var (k, v) in Metadata) m.Facts[k] = v;
        // why: token and span features read the word clusters and lists; the model is valid only with those it was trained with
        m.TrainedWith[ModelDependencies.Clusters] = ModelDependencies.Current(ModelDependencies.Clusters);
        m.TrainedWith[ModelDependencies.Lexicon] = ModelDependencies.Current(ModelDependencies.Lexicon);
        if (UsesEncoder) m.TrainedWith[ModelDependencies.Encoder] = EncoderKey ?? throw new InvalidOperationException("an encoder model must know the encoder it was trained on");
        ModelFile.Write(stream, UsesEncoder ? EncoderSpec : Spec, m);
    }

    /// <summary>SI alone: disjoint technique spans of <paramref name="doc"/> with their span scores in [0, 1].</summary>
    public IReadOnlyList<(TextSpan Span, double Score)> IdentifySpans(Document doc) =>
        Spans.Identify(Features(doc));

    /// <summary>
    /// TC alone: the technique of each given span. Identical spans (same offsets, listed more than once, as PTC lists a
    /// span that carries two techniques) receive distinct techniques, most probable first.
    /// </summary>
    public IReadOnlyList<(string Technique, double Probability)> Classify(Document doc, IReadOnlyList<TextSpan> spans)
    {
        var a = Features(doc);
        var probs = ClassifyProbabilities(a, spans);
        var labels = AssignDistinct(spans, probs);
        var result = new (string, double)[spans.Count];
        for (int i = 0; i < spans.Count; i++) result[i] = (TechniqueNames.All[labels[i]], probs[i][labels[i]]);
        return result;
    }

    /// <summary>Both stages: technique spans with confidence and reason.</summary>
    public IReadOnlyList<TechniqueSpan> Tag(Document doc, CancellationToken cancellationToken = default)
    {
        var a = Features(doc);
        cancellationToken.ThrowIfCancellationRequested();
        var found = Spans.Identify(a);
        cancellationToken.ThrowIfCancellationRequested();
        var siblings = SpanFeaturizer.SiblingsOf(a, [.. found.Select(f => f.Span)]);
        var result = new List<TechniqueSpan>(found.Count);
        var buffer = new List<int>(128);
        Span<double> p = stackalloc double[TechniqueNames.All.Count];
        for (int i = 0; i < found.Count; i++)
        {
            var (span, score) = found[i];
            int fired = Classifier.Probabilities(a, span, p, buffer, siblings[i]);
            int best = 0;
            for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
            result.Add(new TechniqueSpan(span, TechniqueNames.All[best], Math.Round(Calibrate(score) * p[best], 4), Math.Round(score, 4),
                TechniqueExplainer.Explain(a, span, best, fired)));
        }
        return result;
    }

    /// <summary>The probability that a span of raw score <paramref name="score"/> is a technique span (the raw score without a calibration).</summary>
    internal double Calibrate(double score) => Calibration?.Apply(score) ?? score;

    // why: the encoder's layers, when the document has them, are what an encoder model reads
    private ArticleFeatures Features(Document doc) => UsesEncoder
        ? new ArticleFeatures(doc, Vector(doc, VectorLayers.Tokens), Vector(doc, VectorLayers.Sentences))
        : new ArticleFeatures(doc);

    private VectorTable Vector(Document doc, LayerKey<VectorTable> key) =>
        VectorLayers.Require(doc, key, "this techniques model", EncoderKey, EncoderSpec);

    internal double[][] ClassifyProbabilities(ArticleFeatures a, IReadOnlyList<TextSpan> spans)
    {
        var buffer = new List<int>(128);
        var probs = new double[spans.Count][];
        var siblings = SpanFeaturizer.SiblingsOf(a, spans);
        for (int i = 0; i < spans.Count; i++)
        {
            probs[i] = new double[TechniqueNames.All.Count];
            Classifier.Probabilities(a, spans[i], probs[i], buffer, siblings[i]);
        }
        return probs;
    }

    /// <summary>Best class per span, with spans of equal offsets taking distinct classes in order of probability.</summary>
    internal static int[] AssignDistinct(IReadOnlyList<TextSpan> spans, double[][] probs)
    {
        var labels = new int[spans.Count];
        var groups = Enumerable.Range(0, spans.Count).GroupBy(i => spans[i]);
        foreach (var g in groups)
        {
            var members = g.ToList();
            if (members.Count == 1)
            {
                labels[members[0]] = ArgMax(probs[members[0]]);
                continue;
            }
            // Greedy: repeatedly take the most probable unused (span, class) pair.
            var used = new HashSet<int>();
            var open = new List<int>(members);
            while (open.Count > 0)
            {
                int bestM = -1, bestC = -1;
                double bestP = -1;
                foreach (int m in open)
                    for (int c = 0; c < probs[m].Length; c++)
                        if (!used.Contains(c) && probs[m][c] > bestP) { bestP = probs[m][c]; bestM = m; bestC = c; }
                if (bestM < 0) { foreach (int m in open) labels[m] = ArgMax(probs[m]); break; }
                labels[bestM] = bestC;
                used.Add(bestC);
                open.Remove(bestM);
            }
        }
        return labels;
    }

    private static int ArgMax(double[] p)
    {
        int best = 0;
        for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return best;
    }
}
