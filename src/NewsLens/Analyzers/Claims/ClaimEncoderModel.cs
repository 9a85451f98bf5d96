using System.Numerics.Tensors;
using NewsLens.Learning;
using NewsLens.Models;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// The accurate pipeline's check-worthiness model: a logistic regression stacked on <c>claims.bin</c>. Its inputs are
/// the unit's sentence vector from the shared encoder (and, when <see cref="Context"/>, the previous and next unit's),
/// and the hashed model's margin; its weights are folded with the training data's standardisation, so a score is a few
/// dot products with raw vectors. Bias, margin weight and class threshold are per <see cref="ClaimDomain"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ClaimEncoderModel
{
    private static readonly int Domains = Enum.GetValues<ClaimDomain>().Length;

    /// <param name="dense">weights over raw vectors: one block of <paramref name="dimension"/> for the unit, then, when
    /// <paramref name="context"/>, one for the previous unit and one for the next.</param>
    /// <param name="dimension">width of a sentence vector (384 for MiniLM).</param>
    /// <param name="context">whether the neighbouring units' vectors are read.</param>
    /// <param name="marginWeight">per domain, the weight of the hashed model's margin.</param>
    /// <param name="bias">per domain, the intercept.</param>
    /// <param name="thresholds">per domain, the score at or above which a unit is check-worthy.</param>
    /// <param name="encoderKey">the <c>EncoderIdentity.Key</c> of the encoder whose vectors the weights were trained on.</param>
    /// <param name="facts">provenance saved in the file (data, command, seeds, the hashed model's SHA-256).</param>
    public ClaimEncoderModel(float[] dense, int dimension, bool context, float[] marginWeight, float[] bias,
        IReadOnlyDictionary<ClaimDomain, double> thresholds, string encoderKey, IReadOnlyDictionary<string, string>? facts = null)
    {
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(marginWeight);
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (dense.Length != dimension * (context ? 3 : 1))
            throw new ArgumentException($"expected {dimension * (context ? 3 : 1)} dense weights, got {dense.Length}", nameof(dense));
        if (marginWeight.Length != Domains || bias.Length != Domains)
            throw new ArgumentException($"expected one margin weight and one bias per domain ({Domains})");
        (Dense, Dimension, Context, MarginWeight, Bias) = (dense, dimension, context, marginWeight, bias);
        Thresholds = thresholds ?? throw new ArgumentNullException(nameof(thresholds));
        EncoderKey = encoderKey ?? throw new ArgumentNullException(nameof(encoderKey));
        Facts = facts ?? new Dictionary<string, string>();
    }

    public float[] Dense { get; }
    public int Dimension { get; }
    public bool Context { get; }
    public float[] MarginWeight { get; }
    public float[] Bias { get; }
    public IReadOnlyDictionary<ClaimDomain, double> Thresholds { get; }
    /// <summary>The encoder the dense weights were trained on; vectors of any other are refused.</summary>
    public string EncoderKey { get; }
    public IReadOnlyDictionary<string, string> Facts { get; }
    /// <summary>SHA-256 of the file this model was loaded from, when loaded from one.</summary>
    public string? Sha256 { get; private init; }

    /// <summary>The SHA-256 of the <c>claims.bin</c> whose margins the model was stacked on, when the file records it.</summary>
    public string? HashedModelSha256 => Facts.GetValueOrDefault(HashedModelFact);

    internal const string HashedModelFact = "hashedModel";

    public double Threshold(ClaimDomain domain) => Thresholds.TryGetValue(domain, out var t) ? t : 0.5;

    /// <summary>
    /// The probability that a unit is check-worthy, from the hashed model's margin and the unit's vector. A missing
    /// neighbour (first or last unit) is an empty span and counts as a zero vector, as in training; tweets read none.
    /// </summary>
    public double Score(double hashedMargin, ClaimDomain domain, ReadOnlySpan<float> unit, ReadOnlySpan<float> previous = default, ReadOnlySpan<float> next = default)
    {
        int d = (int)domain;
        double z = Bias[d] + MarginWeight[d] * hashedMargin + TensorPrimitives.Dot(Dense.AsSpan(0, Dimension), Width(unit));
        // why: a tweet's neighbours in a file are unrelated tweets, so tweets are scored, and trained, alone
        if (Context && domain != ClaimDomain.Tweet)
        {
            if (!previous.IsEmpty) z += TensorPrimitives.Dot(Dense.AsSpan(Dimension, Dimension), Width(previous));
            if (!next.IsEmpty) z += TensorPrimitives.Dot(Dense.AsSpan(2 * Dimension, Dimension), Width(next));
        }
        return Logistic.Sigmoid(z);
    }

    private ReadOnlySpan<float> Width(ReadOnlySpan<float> v) => v.Length == Dimension ? v
        : throw new ArgumentException($"a vector of {v.Length} values; this model reads vectors of {Dimension}");

    /// <summary>What the file holds: dense weights (folded), per-domain margin weights and biases, the context flag.</summary>
    public static ModelSpec Spec { get; } = new("newslens.claims.encoder", 1, "claims.encoder.bin", "newslens train claims --encoder")
    {
        Arrays = ["dense.weights", "margin.weight", "bias"],
        Scalars = ["dense.dimension", "dense.context"],
    };

    public void Save(Stream stream)
    {
        var m = new ModelContent();
        m.Arrays["dense.weights"] = Dense;
        m.Arrays["margin.weight"] = MarginWeight;
        m.Arrays["bias"] = Bias;
        m.Scalars["dense.dimension"] = Dimension;
        m.Scalars["dense.context"] = Context ? 1 : 0;
        foreach (var (d, t) in Thresholds) m.Scalars["threshold." + d.ToString().ToLowerInvariant()] = t;
        foreach (var (k, v) in Facts) m.Facts[k] = v;
        m.TrainedWith[ModelDependencies.Encoder] = EncoderKey;
        ModelFile.Write(stream, Spec, m);
    }

    /// <exception cref="InvalidDataException">when the stream is not a claims encoder model of a supported version.</exception>
    public static ClaimEncoderModel Load(Stream stream)
    {
        var m = ModelFile.Read(stream, Spec);
        var encoder = m.TrainedWith.GetValueOrDefault(ModelDependencies.Encoder)
            ?? throw new InvalidDataException($"{Spec.FileName}: does not name the encoder it was trained on; retrain with `{Spec.TrainCommand}`");
        var thresholds = new Dictionary<ClaimDomain, double>();
        foreach (var d in Enum.GetValues<ClaimDomain>())
            if (m.Scalars.TryGetValue("threshold." + d.ToString().ToLowerInvariant(), out var t)) thresholds[d] = t;
        try
        {
            return new ClaimEncoderModel(m.Array("dense.weights"), (int)m.Scalar("dense.dimension"), m.Scalar("dense.context") != 0,
                m.Array("margin.weight"), m.Array("bias"), thresholds, encoder, m.Facts) { Sha256 = m.Sha256 };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{Spec.FileName}: {e.Message}; retrain with `{Spec.TrainCommand}`");
        }
    }

    /// <summary>Loads <paramref name="path"/>, recording its SHA-256.</summary>
    public static ClaimEncoderModel LoadFile(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }
}
