using System.Globalization;
using NewsLens.Models;

namespace NewsLens.Encoders;

/// <summary>
/// New values for some of the encoder's ONNX initializers, by the name the graph gives them: the weights that
/// fine-tuning changed (LoRA merged into full matrices), and nothing else. <see cref="TransformerEncoder"/> hands them
/// to ONNX Runtime with <c>SessionOptions.AddInitializer</c>, so the fine-tuned encoder runs without any training
/// library. Tied to the exact ONNX file it was trained from (<see cref="BaseSha256"/>). Immutable.
/// </summary>
public sealed class EncoderWeightOverrides
{
    /// <summary>Kind string of override files.</summary>
    public const string Kind = "newslens.encoder-overrides";

    /// <summary>Bound on an override file's size: more means the fine-tuning changed too much to ship this way.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    private const string TensorPrefix = "initializer/";
    private const string ShapePrefix = "shape/";
    private const string BaseNameKey = "base.name";
    private const string BaseShaKey = "base.sha256";

    public EncoderWeightOverrides(string baseName, string baseSha256, IReadOnlyDictionary<string, EncoderTensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        foreach (var (name, t) in tensors)
            if (t.Data.Length != t.Shape.Aggregate(1L, (a, d) => a * d))
                throw new ArgumentException($"tensor '{name}' holds {t.Data.Length} floats for shape [{string.Join(", ", t.Shape)}]", nameof(tensors));
        BaseName = baseName;
        BaseSha256 = baseSha256;
        Tensors = new Dictionary<string, EncoderTensor>(tensors, StringComparer.Ordinal);
    }

    /// <summary>Name of the encoder the overrides apply to (<c>all-MiniLM-L6-v2</c>).</summary>
    public string BaseName { get; }

    /// <summary>SHA-256 of the ONNX file the overrides were trained from; any other file is refused.</summary>
    public string BaseSha256 { get; }

    /// <summary>The new values, by ONNX initializer name.</summary>
    public IReadOnlyDictionary<string, EncoderTensor> Tensors { get; }

    /// <summary>Provenance and scores recorded at training time (data, command, loss); written to the file, never read by analysis.</summary>
    public Dictionary<string, string> Facts { get; } = new(StringComparer.Ordinal);

    /// <summary>SHA-256 of the file read; null for overrides built in memory.</summary>
    public string? Sha256 { get; private init; }

    /// <summary>The spec of an override file named <paramref name="fileName"/>, written by <paramref name="trainCommand"/>.</summary>
    public static ModelSpec Spec(string fileName, string trainCommand) =>
        new(Kind, 1, fileName, trainCommand) { Texts = [BaseNameKey, BaseShaKey] };

    public ModelContent ToContent()
    {
        var content = new ModelContent();
        content.Texts[BaseNameKey] = BaseName;
        content.Texts[BaseShaKey] = BaseSha256;
        foreach (var (key, value) in Facts) content.Facts[key] = value;
        foreach (var (name, t) in Tensors)
        {
            content.Arrays[TensorPrefix + name] = t.Data;
            content.Texts[ShapePrefix + name] = string.Join(",", t.Shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        }
        return content;
    }

    /// <exception cref="InvalidDataException">when a tensor has no shape or a shape that does not fit its values.</exception>
    public static EncoderWeightOverrides FromContent(ModelContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tensors = new Dictionary<string, EncoderTensor>(StringComparer.Ordinal);
        foreach (var (key, data) in content.Arrays.Where(a => a.Key.StartsWith(TensorPrefix, StringComparison.Ordinal)))
        {
            string name = key[TensorPrefix.Length..];
            var shape = content.Texts.TryGetValue(ShapePrefix + name, out var s)
                ? s.Split(',').Select(d => long.Parse(d, CultureInfo.InvariantCulture)).ToArray()
                : throw new InvalidDataException($"override '{name}' has no shape");
            tensors[name] = new EncoderTensor(shape, data);
        }
        try
        {
            var overrides = new EncoderWeightOverrides(content.Text(BaseNameKey), content.Text(BaseShaKey), tensors) { Sha256 = content.Sha256 };
            foreach (var (key, value) in content.Facts) overrides.Facts[key] = value;
            return overrides;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    /// <summary>Writes the overrides as a model file of <paramref name="spec"/>.</summary>
    /// <exception cref="InvalidOperationException">when the file would exceed <see cref="MaxFileBytes"/>; nothing is written then.</exception>
    public void Write(string path, ModelSpec spec)
    {
        using var bytes = new MemoryStream();
        ModelFile.Write(bytes, spec, ToContent());
        if (bytes.Length > MaxFileBytes)
            throw new InvalidOperationException($"{spec.FileName} would be {bytes.Length:N0} bytes, over the bound of {MaxFileBytes:N0}: adapt fewer layers");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes.ToArray());
    }

    /// <exception cref="InvalidDataException">see <see cref="ModelFile.Read(string, ModelSpec)"/> and <see cref="FromContent"/>.</exception>
    public static EncoderWeightOverrides Read(string path, ModelSpec spec) => FromContent(ModelFile.Read(path, spec));
}
