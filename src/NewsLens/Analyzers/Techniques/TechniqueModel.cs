using System.Globalization;
using NewsLens.Models;
using NewsLens.Text;

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

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a techniques model of a known version.</exception>
    public static TechniqueModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        float[] W(string name, string count) => HalfPacking.Unpack(m.Array(name), (int)m.Scalar(count));
        bool smooth = m.OptionalArray("si2.weights") is not null;
        var si = new SpanIdentifier(W("si.weights", "si.count"), (float)m.Scalar("si.bias"), (float)m.Scalar("si.threshold"), (int)m.Scalar("si.maxGap"),
            smooth ? W("si2.weights", "si2.count") : null, smooth ? (float)m.Scalar("si2.bias") : 0, (float)m.Scalar("si.minSpanScore"));
        var tc = new TechniqueClassifier(W("tc.weights", "tc.count"), m.Array("tc.bias")) { UseRules = m.Scalar("tc.rules") != 0 };
        return new TechniqueModel(si, tc, m.Facts, m.Sha256);
    }

    /// <summary>Loads the model file from a file path.</summary>
    public static TechniqueModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
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
        if (Spans.SmoothWeights is not null)
        {
            m.Scalars["si2.bias"] = Spans.SmoothBias;
            m.Scalars["si2.count"] = Spans.SmoothWeights.Length;
            m.Arrays["si2.weights"] = HalfPacking.Pack(Spans.SmoothWeights);
        }
        foreach (var (k, v) in Metadata) m.Facts[k] = v;
        // why: token and span features read the word clusters and lists; the model is valid only with those it was trained with
        m.TrainedWith[ModelDependencies.Clusters] = ModelDependencies.Current(ModelDependencies.Clusters);
        m.TrainedWith[ModelDependencies.Lexicon] = ModelDependencies.Current(ModelDependencies.Lexicon);
        ModelFile.Write(stream, Spec, m);
    }

    /// <summary>SI alone: disjoint technique spans of <paramref name="doc"/> with their span scores in [0, 1].</summary>
    public IReadOnlyList<(TextSpan Span, double Score)> IdentifySpans(Document doc) =>
        Spans.Identify(new ArticleFeatures(doc));

    /// <summary>
    /// TC alone: the technique of each given span. Identical spans (same offsets, listed more than once, as PTC lists a
    /// span that carries two techniques) receive distinct techniques, most probable first.
    /// </summary>
    public IReadOnlyList<(string Technique, double Probability)> Classify(Document doc, IReadOnlyList<TextSpan> spans)
    {
        var a = new ArticleFeatures(doc);
        var probs = ClassifyProbabilities(a, spans);
        var labels = AssignDistinct(spans, probs);
        var result = new (string, double)[spans.Count];
        for (int i = 0; i < spans.Count; i++) result[i] = (TechniqueNames.All[labels[i]], probs[i][labels[i]]);
        return result;
    }

    /// <summary>Both stages: technique spans with confidence and reason.</summary>
    public IReadOnlyList<TechniqueSpan> Tag(Document doc, CancellationToken cancellationToken = default)
    {
        var a = new ArticleFeatures(doc);
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
            result.Add(new TechniqueSpan(span, TechniqueNames.All[best], Math.Round(score * p[best], 4), Math.Round(score, 4),
                TechniqueExplainer.Explain(a, span, best, fired)));
        }
        return result;
    }

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
