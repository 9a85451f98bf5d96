using System.Globalization;
using NewsLens.Learning;
using NewsLens.Models;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// A trained check-worthiness model: logistic-regression weights over <see cref="ClaimFeaturizer"/> features,
/// the feature options, and a decision threshold per <see cref="ClaimDomain"/>. Immutable and thread-safe.
/// </summary>
public sealed class ClaimModel
{

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
    public double Score(FeatureBuffer features) => Logistic.Sigmoid(Margin(features));

    /// <summary>The check-worthiness margin (log-odds) of the featurised unit.</summary>
    public double Margin(FeatureBuffer features)
    {
        double z = Bias;
        var w = Weights;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
        return z;
    }

    /// <summary>
    /// Both heads at once: the check-worthiness probability and the factual-claim probability (NaN without that head).
    /// Same figures as <see cref="Score"/> and <see cref="FactualScore"/>, with one weight fetch per feature.
    /// </summary>
    public (double Score, double Factual) ScoreBoth(FeatureBuffer features)
    {
        var (z, f) = MarginBoth(features);
        return (Logistic.Sigmoid(z), double.IsNaN(f) ? f : Logistic.Sigmoid(f));
    }

    /// <summary>
    /// The two heads' margins (log-odds) before the logistic: what a model stacked on this one reads. The factual
    /// margin is NaN without that head.
    /// </summary>
    public (double Score, double Factual) MarginBoth(FeatureBuffer features)
    {
        if (_paired is not { } p) return (Margin(features), double.NaN);
        double z = Bias, f = FactualBias;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++)
        {
            int j = idx[i] << 1;
            z += p[j] * val[i];
            f += p[j + 1] * val[i];
        }
        return (z, f);
    }

    /// <summary>The probability that the featurised unit is a verifiable factual claim, or null without that head.</summary>
    public double? FactualScore(FeatureBuffer features)
    {
        if (FactualWeights is not { } w) return null;
        double z = FactualBias;
        var idx = features.Indices;
        var val = features.Values;
        for (int i = 0; i < idx.Length; i++) z += w[idx[i]] * val[i];
        return Logistic.Sigmoid(z);
    }

    /// <summary>What a claims model file holds; the factual head (<c>factual.weights</c>, <c>factual.bias</c>) is optional.</summary>
    public static ModelSpec Spec { get; } = new("newslens.claims", 2, "claims.bin", "newslens train claims")
    {
        Arrays = ["weights"],
        Scalars = ["bias", "features.bits", "features.affixes", "features.context", "features.domainCopies"],
    };

    public void Save(Stream stream)
    {
        var m = new ModelContent();
        Options.WriteTo(m);
        m.Arrays["weights"] = Weights;
        m.Scalars["bias"] = Bias;
        if (FactualWeights is not null)
        {
            m.Arrays["factual.weights"] = FactualWeights;
            m.Scalars["factual.bias"] = FactualBias;
        }
        foreach (var (d, t) in Thresholds) m.Scalars["threshold." + d.ToString().ToLowerInvariant()] = t;
        foreach (var (k, v) in Info) m.Facts[k] = v;
        ModelFile.Write(stream, Spec, m);
    }

    /// <exception cref="InvalidDataException">when the stream is not a claims model of a supported version.</exception>
    public static ClaimModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        var options = ClaimFeatureOptions.ReadFrom(m);
        var weights = m.Array("weights");
        var factual = m.OptionalArray("factual.weights");
        if (weights.Length != 1 << options.Bits || (factual is not null && factual.Length != weights.Length))
            throw new InvalidDataException($"{Spec.FileName}: weight arrays do not match features.bits {options.Bits}; retrain with `{Spec.TrainCommand}`");
        var thresholds = new Dictionary<ClaimDomain, double>();
        foreach (var d in Enum.GetValues<ClaimDomain>())
            if (m.Scalars.TryGetValue("threshold." + d.ToString().ToLowerInvariant(), out var t)) thresholds[d] = t;
        return new ClaimModel(options, weights, (float)m.Scalar("bias"), thresholds, m.Facts)
        {
            Sha256 = m.Sha256,
            FactualWeights = factual,
            FactualBias = factual is null ? 0 : (float)m.Scalar("factual.bias"),
        };
    }

    /// <summary>Loads <paramref name="path"/>, recording its SHA-256.</summary>
    public static ClaimModel LoadFile(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }
}
