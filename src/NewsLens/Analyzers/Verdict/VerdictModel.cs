using System.Collections.Frozen;
using System.Globalization;
using NewsLens.Learning;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The trained article-verdict model: a logistic regression over tf-idf word n-grams and standardised style
/// features, Platt calibration of its margin, outlet names to mask, and the corpus statistics the explanation
/// compares an article with. Plain data, immutable and thread-safe after loading.
/// </summary>
public sealed class VerdictModel
{
    public const string FileName = "verdict.bin";
    public const string TrainCommand = "newslens train verdict";
    internal const string Kind = "newslens.verdict";
    internal const int FormatVersion = 1;

    private readonly TermTable _termLookup;

    internal VerdictModel(VerdictModelData data, string? sha256 = null)
    {
        Data = data;
        var index = new Dictionary<string, (int Term, int Cluster)>(data.Terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < data.Terms.Length; i++) index[data.Terms[i]] = (i, -1);
        // why: a word's own term and its cluster's term come from one lookup (read for every term of every article)
        if (data.Terms.Any(VerdictTerms.IsClusterTerm))
        {
            var clusterTerm = new int[4096];
            for (int c = 0; c < clusterTerm.Length; c++) clusterTerm[c] = index.TryGetValue(VerdictTerms.ClusterTerm(c), out var e) ? e.Term : -1;
            foreach (var (word, packed) in Lexical.WordClusters.Default.Entries)
            {
                int ct = clusterTerm[Lexical.WordClusters.Unpack(packed, Lexical.WordClusters.Fine)];
                if (ct < 0) continue;
                index[word] = (index.TryGetValue(word, out var e) ? e.Term : -1, ct);
            }
        }
        _termLookup = new TermTable(index);
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
    public double Calibrate(double margin) => LogisticRegression.Sigmoid(Data.PlattA * margin + Data.PlattB);

    /// <summary>True when the model also reads the metadata title's terms as separate <c>title:</c> features.</summary>
    public bool TitleFeatures => Data.Facts.TryGetValue("titleFeatures", out var v) && v == "true";

    /// <summary>Share of hyperpartisan articles in the training data (the prior the calibration reflects).</summary>
    public double TrainingPositiveRate =>
        Data.Facts.TryGetValue("positiveRate", out var v) && double.TryParse(v, CultureInfo.InvariantCulture, out var r) ? r : 0.5;

    /// <summary>
    /// The probability re-expressed for a collection whose share of hyperpartisan articles is <paramref name="prior"/>
    /// instead of the training share (Bayes' rule on the odds).
    /// </summary>
    public double AdjustToPrior(double probability, double prior)
    {
        double pi = TrainingPositiveRate;
        double p = Math.Clamp(probability, 1e-9, 1 - 1e-9);
        double logit = Math.Log(p / (1 - p)) + Math.Log(prior / (1 - prior)) - Math.Log(pi / (1 - pi));
        return LogisticRegression.Sigmoid(logit);
    }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream is not a verdict model of a supported version.</exception>
    public static VerdictModel Load(Stream stream)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        ms.Position = 0;
        var (version, header, arrays) = ModelFile.Read(ms, Kind);
        if (version != FormatVersion) throw new InvalidDataException($"verdict model format {version} is not supported (expected {FormatVersion})");
        if (arrays.Count != 11) throw new InvalidDataException("verdict model: wrong number of arrays");
        string Get(string key) => header.TryGetValue(key, out var v) ? v : throw new InvalidDataException($"verdict model: header '{key}' is missing");
        var terms = Get("terms").Split('\n');
        var styleNames = Get("styleNames").Split('\n');
        var data = new VerdictModelData
        {
            Terms = terms.Length == 1 && terms[0].Length == 0 ? [] : terms,
            StyleNames = styleNames,
            OutletKeys = Get("outlets").Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Boilerplate = BoilerplateFilter.Parse(Get("boilerplate")),
            Idf = arrays[0],
            TextWeights = arrays[1],
            TermMeanCount = arrays[2],
            StyleMean = arrays[3],
            StyleStd = arrays[4],
            StyleWeights = arrays[5],
            MainstreamMean = arrays[6],
            MainstreamStd = arrays[7],
            HyperpartisanMean = arrays[8],
            Bias = arrays[9][0],
            StyleScale = arrays[9][1],
            PlattA = arrays[9][2],
            PlattB = arrays[9][3],
            ReliabilityWeights = arrays[10],
            Facts = header.Where(kv => kv.Key.StartsWith("fact.", StringComparison.Ordinal)).ToDictionary(kv => kv.Key[5..], kv => kv.Value),
        };
        data.Validate();
        Lexical.WordClusters.CheckTrainedWith(data.Facts.GetValueOrDefault("clusters"), FileName, TrainCommand);
        return new VerdictModel(data, ModelFile.Sha256(bytes));
    }

    /// <summary>Writes the model; the same model gives byte-identical output.</summary>
    public void Save(Stream stream)
    {
        var d = Data;
        var header = new Dictionary<string, string>
        {
            ["terms"] = string.Join('\n', d.Terms),
            ["styleNames"] = string.Join('\n', d.StyleNames),
            ["outlets"] = string.Join('\n', d.OutletKeys.Order(StringComparer.Ordinal)),
            ["boilerplate"] = d.Boilerplate.Serialize(),
        };
        foreach (var (k, v) in d.Facts) header["fact." + k] = v;
        ModelFile.Write(stream, Kind, FormatVersion, header,
        [
            d.Idf, d.TextWeights, d.TermMeanCount, d.StyleMean, d.StyleStd, d.StyleWeights,
            d.MainstreamMean, d.MainstreamStd, d.HyperpartisanMean,
            [d.Bias, d.StyleScale, (float)d.PlattA, (float)d.PlattB], d.ReliabilityWeights,
        ]);
    }

    internal static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
