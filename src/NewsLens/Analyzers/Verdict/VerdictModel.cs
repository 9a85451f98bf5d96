using System.Collections.Frozen;
using System.Globalization;
using NewsLens.Learning;
using NewsLens.Models;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The trained article-verdict model: a logistic regression over tf-idf word n-grams and standardised style
/// features, Platt calibration of its margin, outlet names to mask, and the corpus statistics the explanation
/// compares an article with. Plain data, immutable and thread-safe after loading.
/// </summary>
public sealed class VerdictModel
{

    private readonly TermTable _termLookup;

    internal VerdictModel(VerdictModelData data, string? sha256 = null)
    {
        Data = data;
        // why: a word's own term and its cluster's term come from one lookup (read for every term of every article)
        _termLookup = TermTable.ForTerms(data.Terms);
        Outlets = new OutletMask(data.OutletKeys);
        Sha256 = sha256;
    }

    internal VerdictModelData Data { get; }

    /// <summary>Paragraphs left out of the text features.</summary>
    public BoilerplateFilter Boilerplate => Data.Boilerplate;

    /// <summary>Outlet names masked out of the text features.</summary>
    public OutletMask Outlets { get; }

    /// <summary>SHA-256 of the file the model was loaded from; null when built in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>Free-form facts recorded at training time (data, date, cross-validated scores).</summary>
    public IReadOnlyDictionary<string, string> Facts => Data.Facts;

    /// <summary>Index of a text term, or -1.</summary>
    public int TermIndex(ReadOnlySpan<char> term) => _termLookup.TryGetValue(term, out var e) ? e.A : -1;

    /// <summary>The term's own index and the index of its word cluster's term (each -1 when the model has none).</summary>
    internal (int Term, int Cluster) Lookup(ReadOnlySpan<char> term) => _termLookup.TryGetValue(term, out var e) ? e : (-1, -1);

    /// <summary>Calibrated probability of the hyperpartisan class for a raw margin.</summary>
    public double Calibrate(double margin) => Logistic.Sigmoid(Data.PlattA * margin + Data.PlattB);

    /// <summary>True when the model also reads the metadata title's terms as separate <c>title:</c> features.</summary>
    public bool TitleFeatures => Data.TitleFeatures;

    /// <summary>Share of hyperpartisan articles in the training data (the prior the calibration reflects).</summary>
    public double TrainingPositiveRate => Data.PositiveRate;

    /// <summary>
    /// The probability re-expressed for a collection whose share of hyperpartisan articles is <paramref name="prior"/>
    /// instead of the training share (Bayes' rule on the odds).
    /// </summary>
    public double AdjustToPrior(double probability, double prior)
    {
        double pi = TrainingPositiveRate;
        double p = Math.Clamp(probability, 1e-9, 1 - 1e-9);
        double logit = Math.Log(p / (1 - p)) + Math.Log(prior / (1 - prior)) - Math.Log(pi / (1 - pi));
        return Logistic.Sigmoid(logit);
    }

    /// <summary>What a verdict model file holds.</summary>
    public static ModelSpec Spec { get; } = new("newslens.verdict", 3, "verdict.bin", "newslens train verdict")
    {
        Texts = ["terms", "styleNames", "outlets", "boilerplate"],
        Arrays = ["idf", "textWeights", "termMeanCount", "styleMean", "styleStd", "styleWeights", "mainstreamMean", "mainstreamStd",
            "hyperpartisanMean", "reliabilityWeights"],
        Scalars = ["bias", "styleScale", "platt.a", "platt.b", "positiveRate", "titleFeatures"],
    };

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a verdict model of a supported version.</exception>
    public static VerdictModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        string[] Lines(string name) => m.Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var data = new VerdictModelData
        {
            Terms = Lines("terms"),
            StyleNames = Lines("styleNames"),
            OutletKeys = Lines("outlets"),
            Boilerplate = BoilerplateFilter.Parse(m.Text("boilerplate")),
            Idf = m.Array("idf"),
            TextWeights = m.Array("textWeights"),
            TermMeanCount = m.Array("termMeanCount"),
            StyleMean = m.Array("styleMean"),
            StyleStd = m.Array("styleStd"),
            StyleWeights = m.Array("styleWeights"),
            MainstreamMean = m.Array("mainstreamMean"),
            MainstreamStd = m.Array("mainstreamStd"),
            HyperpartisanMean = m.Array("hyperpartisanMean"),
            ReliabilityWeights = m.Array("reliabilityWeights"),
            Bias = (float)m.Scalar("bias"),
            StyleScale = (float)m.Scalar("styleScale"),
            PlattA = m.Scalar("platt.a"),
            PlattB = m.Scalar("platt.b"),
            PositiveRate = m.Scalar("positiveRate"),
            TitleFeatures = m.Scalar("titleFeatures") != 0,
            Facts = m.Facts,
        };
        data.Validate();
        return new VerdictModel(data, m.Sha256);
    }

    /// <summary>Writes the model; the same model gives byte-identical output.</summary>
    public void Save(Stream stream)
    {
        var d = Data;
        var m = new ModelContent();
        m.Texts["terms"] = string.Join('\n', d.Terms);
        m.Texts["styleNames"] = string.Join('\n', d.StyleNames);
        m.Texts["outlets"] = string.Join('\n', d.OutletKeys.Order(StringComparer.Ordinal));
        m.Texts["boilerplate"] = d.Boilerplate.Serialize();
        m.Arrays["idf"] = d.Idf;
        m.Arrays["textWeights"] = d.TextWeights;
        m.Arrays["termMeanCount"] = d.TermMeanCount;
        m.Arrays["styleMean"] = d.StyleMean;
        m.Arrays["styleStd"] = d.StyleStd;
        m.Arrays["styleWeights"] = d.StyleWeights;
        m.Arrays["mainstreamMean"] = d.MainstreamMean;
        m.Arrays["mainstreamStd"] = d.MainstreamStd;
        m.Arrays["hyperpartisanMean"] = d.HyperpartisanMean;
        m.Arrays["reliabilityWeights"] = d.ReliabilityWeights;
        m.Scalars["bias"] = d.Bias;
        m.Scalars["styleScale"] = d.StyleScale;
        m.Scalars["platt.a"] = d.PlattA;
        m.Scalars["platt.b"] = d.PlattB;
        m.Scalars["positiveRate"] = d.PositiveRate;
        m.Scalars["titleFeatures"] = d.TitleFeatures ? 1 : 0;
        foreach (var (k, v) in d.Facts) m.Facts[k] = v;
        // why: cluster terms mean what the embedded clusters say; the model is valid only with the clusters it was trained with
        if (d.Terms.Any(VerdictTerms.IsClusterTerm)) m.TrainedWith[ModelDependencies.Clusters] = ModelDependencies.Current(ModelDependencies.Clusters);
        // why: the style features count the lexicon's words
        m.TrainedWith[ModelDependencies.Lexicon] = ModelDependencies.Current(ModelDependencies.Lexicon);
        ModelFile.Write(stream, Spec, m);
    }

    internal static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
