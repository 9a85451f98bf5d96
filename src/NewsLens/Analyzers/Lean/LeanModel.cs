using NewsLens.Analyzers.Verdict;
using NewsLens.Models;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// The trained lean model: a multinomial logistic regression (left, center, right) over tf-idf word uni/bigrams (and
/// word-cluster terms when trained with them) read as the verdict reads them (<see cref="VerdictTerms"/>: outlet names masked, boilerplate
/// paragraphs skipped), with a temperature that calibrates its probabilities. Plain data, immutable and thread-safe
/// after construction. The file stores terms and weights only, never article text.
/// </summary>
public sealed class LeanModel
{
    private readonly TermTable _lookup;

    // terms: the vocabulary, ordinal order; weights: one row per class (ArticleLean.Labels order), each as long as terms.
    internal LeanModel(string[] terms, float[] idf, float[][] weights, float[] bias, double temperature,
        IReadOnlyList<string> outletKeys, BoilerplateFilter boilerplate, IReadOnlyDictionary<string, string> facts, string? sha256 = null)
    {
        if (weights.Length != ArticleLean.Labels.Count || bias.Length != weights.Length)
            throw new InvalidDataException($"lean model: {weights.Length} weight rows and {bias.Length} biases, expected {ArticleLean.Labels.Count}");
        if (idf.Length != terms.Length || weights.Any(w => w.Length != terms.Length))
            throw new InvalidDataException("lean model: idf or weight rows differ in length from the vocabulary");
        if (!(temperature > 0)) throw new InvalidDataException($"lean model: temperature {temperature} is not positive");
        Terms = terms;
        Idf = idf;
        Weights = weights;
        Bias = bias;
        Temperature = temperature;
        Outlets = new OutletMask(outletKeys);
        Boilerplate = boilerplate;
        Facts = facts;
        Sha256 = sha256;
        _lookup = TermTable.ForTerms(terms);
    }

    internal string[] Terms { get; }
    internal float[] Idf { get; }
    internal float[][] Weights { get; }
    internal float[] Bias { get; }

    /// <summary>Divides the logits before the softmax (fitted on outlet-grouped out-of-fold scores).</summary>
    public double Temperature { get; }

    /// <summary>Outlet names masked out of the text features.</summary>
    public OutletMask Outlets { get; }

    /// <summary>Paragraphs left out of the text features.</summary>
    public BoilerplateFilter Boilerplate { get; }

    /// <summary>Free-form facts recorded at training time (data, settings, scores).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; }

    /// <summary>SHA-256 of the file the model was loaded from; null when built in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>Number of terms.</summary>
    public int TermCount => Terms.Length;

    /// <summary>The term's own index and its word cluster's term index (each -1 when the model has none).</summary>
    internal (int Term, int Cluster) Lookup(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out var e) ? e : (-1, -1);

    /// <summary>Class scores of a unit-length tf-idf vector (sorted term indices and values).</summary>
    internal double[] Logits(int[] idx, float[] val) => Learning.MulticlassLinear.Scores(Weights, Bias, idx, val);

    /// <summary>Calibrated probabilities of class scores: softmax of logits / <paramref name="temperature"/>.</summary>
    public static double[] Softmax(IReadOnlyList<double> logits, double temperature)
    {
        var p = new double[logits.Count];
        double max = logits.Max();
        double sum = 0;
        for (int k = 0; k < p.Length; k++) sum += p[k] = Math.Exp((logits[k] - max) / temperature);
        for (int k = 0; k < p.Length; k++) p[k] /= sum;
        return p;
    }

    /// <summary>What a lean model file holds.</summary>
    public static ModelSpec Spec { get; } = new("newslens.lean", 1, "lean.bin", "newslens train lean")
    {
        Texts = ["terms", "classes", "outlets", "boilerplate"],
        Arrays = ["idf", "weights.left", "weights.center", "weights.right", "bias"],
        Scalars = ["temperature"],
    };

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a lean model of a supported version.</exception>
    public static LeanModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        string[] Lines(string name) => m.Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var classes = Lines("classes");
        if (!classes.SequenceEqual(ArticleLean.Labels))
            throw new InvalidDataException($"lean model: classes '{string.Join(",", classes)}', this build expects '{string.Join(",", ArticleLean.Labels)}'; retrain with `{Spec.TrainCommand}`");
        return new LeanModel(Lines("terms"), m.Array("idf"), [.. ArticleLean.Labels.Select(l => m.Array("weights." + l))], m.Array("bias"),
            m.Scalar("temperature"), Lines("outlets"), BoilerplateFilter.Parse(m.Text("boilerplate")), m.Facts, m.Sha256);
    }

    /// <summary>Writes the model; the same model gives byte-identical output.</summary>
    public void Save(Stream stream)
    {
        var m = new ModelContent();
        m.Texts["terms"] = string.Join('\n', Terms);
        m.Texts["classes"] = string.Join('\n', ArticleLean.Labels);
        m.Texts["outlets"] = string.Join('\n', Outlets.Keys);
        m.Texts["boilerplate"] = Boilerplate.Serialize();
        m.Arrays["idf"] = Idf;
        for (int k = 0; k < ArticleLean.Labels.Count; k++) m.Arrays["weights." + ArticleLean.Labels[k]] = Weights[k];
        m.Arrays["bias"] = Bias;
        m.Scalars["temperature"] = Temperature;
        foreach (var (k, v) in Facts) m.Facts[k] = v;
        // why: cluster terms mean what the embedded clusters say; the model is valid only with the clusters it was trained with
        if (Terms.Any(VerdictTerms.IsClusterTerm)) m.TrainedWith[ModelDependencies.Clusters] = ModelDependencies.Current(ModelDependencies.Clusters);
        ModelFile.Write(stream, Spec, m);
    }
}
