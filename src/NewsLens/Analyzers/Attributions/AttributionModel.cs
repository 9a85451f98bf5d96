using NewsLens.Models;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Trained weights of the attribution models (cue tagger, source ranker, content boundary rankers), one hashed table
/// of 2^21 floats stored sparsely. Immutable and thread-safe after loading. Load with <see cref="Load"/>; produced by
/// <c>newslens train attributions</c>.
/// </summary>
public sealed class AttributionModel
{

    internal const int VocabularyBits = 16;

    internal AttributionModel(float[] weights, IReadOnlyDictionary<string, string> facts, string? sha256 = null, ulong[]? cueVocabulary = null, double cueBias = 0)
    {
        if (weights.Length != 1 << AttributionFeatures.Bits)
            throw new ArgumentException($"expected {1 << AttributionFeatures.Bits} weights, got {weights.Length}", nameof(weights));
        (Weights, Facts, Sha256, CueBias) = (weights, facts, sha256, cueBias);
        // why: without a vocabulary every word may be a cue
        CueVocabulary = cueVocabulary ?? Enumerable.Repeat(ulong.MaxValue, (1 << VocabularyBits) / 64).ToArray();
    }

    internal float[] Weights { get; }

    /// <summary>Added to the cue tags' scores against "outside": trades cue precision for recall (tuned on held-out training texts).</summary>
    internal double CueBias { get; }

    /// <summary>The same weights with another cue bias (for tuning).</summary>
    public AttributionModel WithCueBias(double bias) => new(Weights, Facts, Sha256, CueVocabulary, bias) { Dense = Dense, EncoderKey = EncoderKey };

    /// <summary>Heads over the encoder's token vectors (the accurate pipeline's model), or null.</summary>
    internal AttributionDense? Dense { get; init; }

    /// <summary>True when the model reads encoder vectors (it was loaded from, or saves as, <see cref="EncoderSpec"/>).</summary>
    public bool UsesEncoder => Dense is not null;

    /// <summary>The <see cref="NewsLens.Vectors.EncoderIdentity.Key"/> of the encoder the heads were trained on; vectors from any other are refused.</summary>
    public string? EncoderKey { get; init; }

    private ScoreTables? _tables;

    /// <summary>Dense tables of small-domain feature weights for fast decoding (built on first use; the race is benign).</summary>
    internal ScoreTables Tables => _tables ??= new ScoreTables(Weights);

    /// <summary>Bitset over (word hash mod 2^16) of words seen inside training cues: other tokens are never cues.</summary>
    internal ulong[] CueVocabulary { get; }

    internal bool MayBeCue(int wordHash)
    {
        int h = wordHash & ((1 << VocabularyBits) - 1);
        return (CueVocabulary[h >> 6] & (1UL << (h & 63))) != 0;
    }

    /// <summary>Training facts written into the file (data, epochs, scores).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; }

    /// <summary>SHA-256 of the file the model was loaded from, or null for an in-memory model.</summary>
    public string? Sha256 { get; }

    internal double Score(ReadOnlySpan<int> features)
    {
        double s = 0;
        var w = Weights;
        foreach (int f in features) s += w[f];
        return s;
    }

    internal double Score(ReadOnlySpan<int> features, int cls)
    {
        double s = 0;
        var w = Weights;
        foreach (int f in features) s += w[AttributionFeatures.ForClass(f, cls)];
        return s;
    }

    /// <summary>What an attribution model file holds: the non-zero weights (index stored as float: exact below 2^24) and
    /// the cue vocabulary bitset as 16-bit chunks, each exact in a float.</summary>
    public static ModelSpec Spec { get; } = new("newslens.attributions", 4, "attributions.bin", "newslens train attributions")
    {
        Arrays = ["weights.index", "weights.value", "cueVocabulary"],
        Scalars = ["cueBias"],
    };

    /// <summary>
    /// The accurate pipeline's model: the same hashed features plus heads over the shared encoder's token vectors
    /// (<c>dense.weights</c>: 11 heads of D weights, folded with the training data's standardisation; <c>dense.bias</c>).
    /// Recorded as trained with that encoder.
    /// </summary>
    public static ModelSpec EncoderSpec { get; } = new("newslens.attributions", 4, "attributions.encoder.bin", "newslens train attributions --encoder")
    {
        Arrays = ["weights.index", "weights.value", "cueVocabulary", "dense.weights", "dense.bias"],
        Scalars = ["cueBias"],
    };

    /// <summary>Reads a model written by <see cref="Save"/> (the fast pipeline's <see cref="Spec"/>).</summary>
    /// <exception cref="InvalidDataException">when the stream does not hold an attribution model.</exception>
    public static AttributionModel Load(Stream stream) => Read(stream, Spec);

    /// <summary>Reads the accurate pipeline's model (<see cref="EncoderSpec"/>).</summary>
    /// <exception cref="InvalidDataException">when the stream does not hold one.</exception>
    public static AttributionModel LoadEncoder(Stream stream) => Read(stream, EncoderSpec);

    private static AttributionModel Read(Stream stream, ModelSpec spec)
    {
        var m = ModelFile.Read(stream, spec);
        var idx = m.Array("weights.index");
        var val = m.Array("weights.value");
        var chunks = m.Array("cueVocabulary");
        if (idx.Length != val.Length || chunks.Length != (1 << VocabularyBits) / 16)
            throw new InvalidDataException($"{Spec.FileName}: weight or vocabulary arrays are malformed; retrain with `{Spec.TrainCommand}`");
        var w = new float[1 << AttributionFeatures.Bits];
        for (int i = 0; i < idx.Length; i++)
        {
            int j = (int)idx[i];
            if ((uint)j >= (uint)w.Length) throw new InvalidDataException($"{Spec.FileName}: weight index out of range");
            w[j] = val[i];
        }
        var vocab = new ulong[(1 << VocabularyBits) / 64];
        for (int i = 0; i < chunks.Length; i++) vocab[i >> 2] |= (ulong)(uint)chunks[i] << (16 * (i & 3));
        AttributionDense? dense = null;
        if (ReferenceEquals(spec, EncoderSpec))
        {
            try { dense = new AttributionDense(m.Array("dense.weights"), m.Array("dense.bias")); }
            catch (ArgumentException e) { throw new InvalidDataException($"{spec.FileName}: {e.Message}; retrain with `{spec.TrainCommand}`"); }
        }
        return new AttributionModel(w, m.Facts, m.Sha256, vocab, m.Scalar("cueBias"))
        {
            Dense = dense,
            EncoderKey = dense is null ? null : m.TrainedWith.GetValueOrDefault(ModelDependencies.Encoder)
                ?? throw new InvalidDataException($"{spec.FileName}: does not name the encoder it was trained on; retrain with `{spec.TrainCommand}`"),
        };
    }

    public void Save(Stream stream)
    {
        var idx = new List<float>();
        var val = new List<float>();
        for (int i = 0; i < Weights.Length; i++)
            if (Weights[i] != 0) { idx.Add(i); val.Add(Weights[i]); }
        var vocab = new float[CueVocabulary.Length * 4];
        for (int i = 0; i < vocab.Length; i++) vocab[i] = (CueVocabulary[i >> 2] >> (16 * (i & 3))) & 0xFFFF;
        var m = new ModelContent();
        m.Arrays["weights.index"] = [.. idx];
        m.Arrays["weights.value"] = [.. val];
        m.Arrays["cueVocabulary"] = vocab;
        m.Scalars["cueBias"] = CueBias;
        foreach (var (k, v) in Facts) m.Facts[k] = v;
        if (Dense is { } d)
        {
            m.Arrays["dense.weights"] = d.Weights;
            m.Arrays["dense.bias"] = d.Bias;
            m.TrainedWith[ModelDependencies.Encoder] = EncoderKey ?? throw new InvalidOperationException("an encoder model must know the encoder it was trained on");
        }
        ModelFile.Write(stream, Dense is null ? Spec : EncoderSpec, m);
    }
}
