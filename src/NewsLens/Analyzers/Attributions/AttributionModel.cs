using NewsLens.Learning;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Trained weights of the attribution models (cue tagger, source ranker, content boundary rankers), one hashed table
/// of 2^21 floats stored sparsely. Immutable and thread-safe after loading. Load with <see cref="Load"/>; produced by
/// <c>newslens train attributions</c>.
/// </summary>
public sealed class AttributionModel
{
    internal const string Kind = "newslens.attributions";
    internal const int FormatVersion = 3;

    internal const int VocabularyBits = 16;

    internal AttributionModel(float[] weights, IReadOnlyDictionary<string, string> header, string? sha256 = null, ulong[]? cueVocabulary = null)
    {
        CueVocabulary = cueVocabulary ?? Enumerable.Repeat(ulong.MaxValue, (1 << VocabularyBits) / 64).ToArray();
        if (weights.Length != 1 << AttributionFeatures.Bits)
            throw new ArgumentException($"expected {1 << AttributionFeatures.Bits} weights, got {weights.Length}", nameof(weights));
        Weights = weights;
        Header = header;
        Sha256 = sha256;
        CueBias = header.TryGetValue("cueBias", out var b) && double.TryParse(b, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : 0;
    }

    internal float[] Weights { get; }

    /// <summary>Added to the cue tags' scores against "outside": trades cue precision for recall (tuned on held-out training texts).</summary>
    internal double CueBias { get; }

    /// <summary>The same weights with another cue bias (for tuning).</summary>
    public AttributionModel WithCueBias(double bias)
    {
        var h = new Dictionary<string, string>(Header) { ["cueBias"] = bias.ToString("R", System.Globalization.CultureInfo.InvariantCulture) };
        return new AttributionModel(Weights, h, Sha256, CueVocabulary);
    }

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
    public IReadOnlyDictionary<string, string> Header { get; }

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

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">when the stream does not hold an attribution model.</exception>
    public static AttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        ms.Position = 0;
        var (version, header, arrays) = ModelFile.Read(ms, Kind);
        if (version != FormatVersion) throw new InvalidDataException($"attribution model format {version} is not supported (expected {FormatVersion})");
        if (arrays.Count != 3 || arrays[0].Length != arrays[1].Length || arrays[2].Length != (1 << VocabularyBits) / 16)
            throw new InvalidDataException("attribution model arrays are malformed");
        var w = new float[1 << AttributionFeatures.Bits];
        var idx = arrays[0];
        var val = arrays[1];
        for (int i = 0; i < idx.Length; i++)
        {
            int j = (int)idx[i];
            if ((uint)j >= (uint)w.Length) throw new InvalidDataException("attribution model index out of range");
            w[j] = val[i];
        }
        var vocab = new ulong[(1 << VocabularyBits) / 64];
        for (int i = 0; i < arrays[2].Length; i++) vocab[i >> 2] |= (ulong)(uint)arrays[2][i] << (16 * (i & 3));
        return new AttributionModel(w, header, ModelFile.Sha256(bytes), vocab);
    }

    /// <summary>Writes the non-zero weights (index stored as float: exact below 2^24).</summary>
    public void Save(Stream stream)
    {
        var idx = new List<float>();
        var val = new List<float>();
        for (int i = 0; i < Weights.Length; i++)
            if (Weights[i] != 0) { idx.Add(i); val.Add(Weights[i]); }
        // The vocabulary bitset travels as 16-bit chunks, each exact in a float.
        var vocab = new float[CueVocabulary.Length * 4];
        for (int i = 0; i < vocab.Length; i++) vocab[i] = (CueVocabulary[i >> 2] >> (16 * (i & 3))) & 0xFFFF;
        ModelFile.Write(stream, Kind, FormatVersion, Header, [idx.ToArray(), val.ToArray(), vocab]);
    }
}
