using System.Globalization;
using NewsLens.Learning;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// A trained check-worthiness model: logistic-regression weights over <see cref="ClaimFeaturizer"/> features,
/// the feature options, and a decision threshold per <see cref="ClaimDomain"/>. Immutable and thread-safe.
/// </summary>
public sealed class ClaimModel
{
    public const string Kind = "newslens.claims";
    public const int FormatVersion = 1;
    public const string FileName = "claims.bin";
    public const string TrainCommand = "newslens train claims";

    public ClaimModel(ClaimFeatureOptions options, float[] weights, float bias, IReadOnlyDictionary<ClaimDomain, double> thresholds,
        IReadOnlyDictionary<string, string>? info = null)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != 1 << options.Bits) throw new ArgumentException($"expected {1 << options.Bits} weights, got {weights.Length}", nameof(weights));
        Weights = weights;
        Bias = bias;
        Thresholds = thresholds;
        Info = info ?? new Dictionary<string, string>();
        Featurizer = new ClaimFeaturizer(options);
    }

    public ClaimFeatureOptions Options { get; }
    public float[] Weights { get; }
    public float Bias { get; }
    /// <summary>Score at or above which a unit of that domain is classed check-worthy.</summary>
    public IReadOnlyDictionary<ClaimDomain, double> Thresholds { get; }
    /// <summary>Free-form provenance saved in the file header (data, command, date).</summary>
    public IReadOnlyDictionary<string, string> Info { get; }
    public ClaimFeaturizer Featurizer { get; }
    /// <summary>
    /// Optional second head over the same features: the probability that a unit is a verifiable factual claim
    /// (check-worthy or not), trained on CheckThat! 2022 1B. Null when the file has none.
    /// </summary>
    public float[]? FactualWeights
    {
        get => _factualWeights;
        init
        {
            if (value is not null && value.Length != Weights.Length)
                throw new ArgumentException($"expected {Weights.Length} factual weights, got {value.Length}", nameof(value));
            _factualWeights = value;
            if (value is null) { _paired = null; return; }
            // Both heads read the same indices: interleaving their weights makes one cache-line fetch serve both.
            var paired = new float[2 * value.Length];
            for (int i = 0; i < value.Length; i++) { paired[2 * i] = Weights[i]; paired[2 * i + 1] = value[i]; }
            _paired = paired;
        }
    }

    private readonly float[]? _factualWeights;
    private readonly float[]? _paired;
    public float FactualBias { get; init; }

    /// <summary>SHA-256 of the file this model was loaded from, when loaded from one.</summary>
    public string? Sha256 { get; private init; }

    public double Threshold(ClaimDomain domain) => Thresholds.TryGetValue(domain, out var t) ? t : 0.5;

    /// <summary>The probability that the featurised unit is check-worthy.</summary>
    public double Score(FeatureBuffer features)
    {
        double z = Bias;
        var w = Weights;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
        return LogisticRegression.Sigmoid(z);
    }

    /// <summary>
    /// Both heads at once: the check-worthiness probability and the factual-claim probability (NaN without that head).
    /// Same figures as <see cref="Score"/> and <see cref="FactualScore"/>, with one weight fetch per feature.
    /// </summary>
    public (double Score, double Factual) ScoreBoth(FeatureBuffer features)
    {
        if (_paired is not { } p) return (Score(features), double.NaN);
        double z = Bias, f = FactualBias;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++)
        {
            int j = idx[i] << 1;
            z += p[j] * val[i];
            f += p[j + 1] * val[i];
        }
        return (LogisticRegression.Sigmoid(z), LogisticRegression.Sigmoid(f));
    }

    /// <summary>The probability that the featurised unit is a verifiable factual claim, or null without that head.</summary>
    public double? FactualScore(FeatureBuffer features)
    {
        if (FactualWeights is not { } w) return null;
        double z = FactualBias;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
        return LogisticRegression.Sigmoid(z);
    }

    public void Save(Stream stream)
    {
        var header = new Dictionary<string, string>(Options.ToHeader());
        foreach (var (d, t) in Thresholds) header["threshold." + d.ToString().ToLowerInvariant()] = t.ToString("R", CultureInfo.InvariantCulture);
        foreach (var (k, v) in Info) header["info." + k] = v;
        ModelFile.Write(stream, Kind, FormatVersion, header,
            FactualWeights is null ? [Weights, [Bias]] : [Weights, [Bias], FactualWeights, [FactualBias]]);
    }

    /// <exception cref="InvalidDataException">when the stream is not a claims model of a supported version.</exception>
    public static ClaimModel Load(Stream stream, string? sha256 = null)
    {
        var (version, header, arrays) = ModelFile.Read(stream, Kind);
        if (version != FormatVersion) throw new InvalidDataException($"claims model format {version} is not supported (expected {FormatVersion})");
        if (arrays.Count is not (2 or 4) || arrays[1].Length != 1 || (arrays.Count == 4 && (arrays[3].Length != 1 || arrays[2].Length != arrays[0].Length)))
            throw new InvalidDataException("claims model: expected a weight array and a bias, optionally followed by the factual head's");
        try
        {
            var options = ClaimFeatureOptions.FromHeader(header);
            var thresholds = new Dictionary<ClaimDomain, double>();
            foreach (var d in Enum.GetValues<ClaimDomain>())
                if (header.TryGetValue("threshold." + d.ToString().ToLowerInvariant(), out var s))
                    thresholds[d] = double.Parse(s, CultureInfo.InvariantCulture);
            var info = header.Where(kv => kv.Key.StartsWith("info.", StringComparison.Ordinal)).ToDictionary(kv => kv.Key[5..], kv => kv.Value);
            return new ClaimModel(options, arrays[0], arrays[1][0], thresholds, info)
            {
                Sha256 = sha256,
                FactualWeights = arrays.Count == 4 ? arrays[2] : null,
                FactualBias = arrays.Count == 4 ? arrays[3][0] : 0,
            };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"claims model header is invalid: {ex.Message}", ex);
        }
    }

    /// <summary>Loads <paramref name="path"/>, recording its SHA-256.</summary>
    public static ClaimModel LoadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var ms = new MemoryStream(bytes, writable: false);
        return Load(ms, ModelFile.Sha256(bytes));
    }
}
