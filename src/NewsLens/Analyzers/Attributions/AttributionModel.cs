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
    internal const int FormatVersion = 1;

    internal AttributionModel(float[] weights, IReadOnlyDictionary<string, string> header, string? sha256 = null)
    {
        if (weights.Length != 1 << AttributionFeatures.Bits)
            throw new ArgumentException($"expected {1 << AttributionFeatures.Bits} weights, got {weights.Length}", nameof(weights));
        Weights = weights;
        Header = header;
        Sha256 = sha256;
    }

    internal float[] Weights { get; }

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
        if (arrays.Count != 2 || arrays[0].Length != arrays[1].Length) throw new InvalidDataException("attribution model arrays are malformed");
        var w = new float[1 << AttributionFeatures.Bits];
        var idx = arrays[0];
        var val = arrays[1];
        for (int i = 0; i < idx.Length; i++)
        {
            int j = (int)idx[i];
            if ((uint)j >= (uint)w.Length) throw new InvalidDataException("attribution model index out of range");
            w[j] = val[i];
        }
        return new AttributionModel(w, header, ModelFile.Sha256(bytes));
    }

    /// <summary>Writes the non-zero weights (index stored as float: exact below 2^24).</summary>
    public void Save(Stream stream)
    {
        var idx = new List<float>();
        var val = new List<float>();
        for (int i = 0; i < Weights.Length; i++)
            if (Weights[i] != 0) { idx.Add(i); val.Add(Weights[i]); }
        ModelFile.Write(stream, Kind, FormatVersion, Header, [idx.ToArray(), val.ToArray()]);
    }
}
