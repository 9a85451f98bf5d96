using System.Globalization;
using NewsLens.Learning;
using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// The trained technique models: the lexicon they read, span identification (SI) and technique classification
/// (TC). Each stage can be used alone. Immutable and thread-safe; load once and share.
/// </summary>
public sealed class TechniqueModel
{
    public const string FileName = "techniques.bin";
    public const string TrainCommand = "newslens train techniques";
    internal const string Kind = "newslens.techniques";
    internal const int FormatVersion = 1;

    internal TechniqueModel(TechniqueLexicon lexicon, SpanIdentifier spans, TechniqueClassifier classifier,
        IReadOnlyDictionary<string, string>? metadata = null, string? sha256 = null)
    {
        Lexicon = lexicon;
        Spans = spans;
        Classifier = classifier;
        Metadata = metadata ?? new Dictionary<string, string>();
        Sha256 = sha256;
    }

    public TechniqueLexicon Lexicon { get; }
    public SpanIdentifier Spans { get; }
    public TechniqueClassifier Classifier { get; }

    /// <summary>Free-form facts stored with the model (training data, command, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>SHA-256 of the file it was loaded from; null for a model built in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a techniques model of a known version.</exception>
    public static TechniqueModel Load(Stream stream)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        ms.Position = 0;
        var (version, header, arrays) = ModelFile.Read(ms, Kind);
        if (version != FormatVersion) throw new InvalidDataException($"techniques model version {version} is not supported (expected {FormatVersion})");
        if (arrays.Count is not (3 or 4)) throw new InvalidDataException("techniques model must hold 3 or 4 arrays");
        string Get(string key) => header.TryGetValue(key, out var v) ? v : throw new InvalidDataException($"techniques model lacks '{key}'");
        float F(string key) => float.Parse(Get(key), CultureInfo.InvariantCulture);
        var lexicon = TechniqueLexicon.Deserialize(Get("lexicon"));
        if (Get("weights") != "half-pairs") throw new InvalidDataException("unknown weight encoding");
        float[] W(int k, string countKey) => HalfPacking.Unpack(arrays[k], (int)F(countKey));
        var si = new SpanIdentifier(W(0, "si.count"), F("si.bias"), F("si.threshold"), (int)F("si.maxGap"),
            arrays.Count == 4 ? W(3, "si2.count") : null, arrays.Count == 4 ? F("si2.bias") : 0, F("si.minSpanScore"));
        var tc = new TechniqueClassifier(W(1, "tc.count"), arrays[2]) { UseRules = header.TryGetValue("tc.rules", out var rules) && rules == "1" };
        var meta = header.Where(kv => kv.Key.StartsWith("meta.", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key["meta.".Length..], kv => kv.Value);
        Lexical.WordClusters.CheckTrainedWith(meta.GetValueOrDefault("clusters"), FileName, "newslens train techniques");
        return new TechniqueModel(lexicon, si, tc, meta, ModelFile.Sha256(bytes));
    }

    /// <summary>Loads <see cref="FileName"/> from a file path.</summary>
    public static TechniqueModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }

    public void Save(Stream stream)
    {
        var header = new Dictionary<string, string>
        {
            ["lexicon"] = Lexicon.Serialize(),
            ["si.bias"] = Spans.Bias.ToString("R", CultureInfo.InvariantCulture),
            ["si.threshold"] = Spans.Threshold.ToString("R", CultureInfo.InvariantCulture),
            ["si.maxGap"] = Spans.MaxGap.ToString(CultureInfo.InvariantCulture),
            ["si.minSpanScore"] = Spans.MinSpanScore.ToString("R", CultureInfo.InvariantCulture),
            ["weights"] = "half-pairs",
            ["tc.rules"] = Classifier.UseRules ? "1" : "0",
            ["si.count"] = Spans.Weights.Length.ToString(CultureInfo.InvariantCulture),
            ["tc.count"] = Classifier.Weights.Length.ToString(CultureInfo.InvariantCulture),
        };
        List<float[]> arrays = [HalfPacking.Pack(Spans.Weights), HalfPacking.Pack(Classifier.Weights), Classifier.Bias];
        if (Spans.SmoothWeights is not null)
        {
            header["si2.bias"] = Spans.SmoothBias.ToString("R", CultureInfo.InvariantCulture);
            header["si2.count"] = Spans.SmoothWeights.Length.ToString(CultureInfo.InvariantCulture);
            arrays.Add(HalfPacking.Pack(Spans.SmoothWeights));
        }
        foreach (var (k, v) in Metadata) header["meta." + k] = v;
        ModelFile.Write(stream, Kind, FormatVersion, header, arrays);
    }

    /// <summary>SI alone: disjoint technique spans of <paramref name="doc"/> with their span scores in [0, 1].</summary>
    public IReadOnlyList<(TextSpan Span, double Score)> IdentifySpans(Document doc) =>
        Spans.Identify(new ArticleFeatures(doc, Lexicon));

    /// <summary>
    /// TC alone: the technique of each given span. Identical spans (same offsets, listed more than once, as PTC lists a
    /// span that carries two techniques) receive distinct techniques, most probable first.
    /// </summary>
    public IReadOnlyList<(string Technique, double Probability)> Classify(Document doc, IReadOnlyList<TextSpan> spans)
    {
        var a = new ArticleFeatures(doc, Lexicon);
        var probs = ClassifyProbabilities(a, spans);
        var labels = AssignDistinct(spans, probs);
        var result = new (string, double)[spans.Count];
        for (int i = 0; i < spans.Count; i++) result[i] = (TechniqueNames.All[labels[i]], probs[i][labels[i]]);
        return result;
    }

    /// <summary>Both stages: technique spans with confidence and reason.</summary>
    public IReadOnlyList<TechniqueSpan> Tag(Document doc, CancellationToken cancellationToken = default)
    {
        var a = new ArticleFeatures(doc, Lexicon);
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
